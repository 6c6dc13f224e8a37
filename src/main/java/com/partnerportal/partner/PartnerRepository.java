package com.partnerportal.partner;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

	boolean existsByNameIgnoreCase(String name);

	List<Partner> findByNameIgnoreCase(String name);

	@Query("select p.id as id, p.name as name from Partner p where p.id in ?1")
	List<PartnerName> findNames(Collection<UUID> ids);

	interface PartnerName {

		UUID getId();

		String getName();

	}

	@Query("select count(p) > 0 from Partner p where p.id = ?1 and p.agreement.signedAt is not null")
	boolean hasSignedAgreement(UUID partnerId);

}
