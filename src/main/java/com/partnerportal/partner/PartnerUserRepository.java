package com.partnerportal.partner;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerUserRepository extends JpaRepository<PartnerUser, UUID> {

	@Query("select u from PartnerUser u where lower(u.email) = lower(?1)")
	Optional<PartnerUser> findByEmail(String email);

	@Query("select distinct u from PartnerUser u join u.roles r where u.partnerId = ?1 and u.enabled = true and r in ?2 order by u.email")
	List<PartnerUser> findEnabledWithRoles(UUID partnerId, Collection<PartnerRole> roles);

}
