package com.partnerportal.partner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerUserRepository extends JpaRepository<PartnerUser, UUID> {

	@Query("select u from PartnerUser u where lower(u.email) = lower(?1)")
	Optional<PartnerUser> findByEmail(String email);

}
