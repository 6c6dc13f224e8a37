package com.partnerportal.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementAcceptanceRepository extends JpaRepository<AgreementAcceptance, UUID> {

	boolean existsByPartnerIdAndAgreementVersionId(UUID partnerId, UUID agreementVersionId);

	/** A partner's acceptances, newest first, with the version's label. */
	@Query("select v.label as label, a.acceptedBy as acceptedBy, a.acceptedAt as acceptedAt"
			+ " from AgreementAcceptance a, AgreementVersion v where v.id = a.agreementVersionId and a.partnerId = ?1"
			+ " order by a.acceptedAt desc")
	List<AcceptanceLine> findByPartner(UUID partnerId);

	interface AcceptanceLine {

		String getLabel();

		String getAcceptedBy();

		Instant getAcceptedAt();

	}

}
