package com.partnerportal.partner;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

	boolean existsByNameIgnoreCase(String name);

	@Query("select count(p) > 0 from Partner p where p.id = ?1 and p.agreement.signedAt is not null")
	boolean hasSignedAgreement(UUID partnerId);

}
