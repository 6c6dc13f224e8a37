package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * That a partner accepted a version of the Partner Agreement: who and when. Written once,
 * never changed; a unique index keeps one per partner and version.
 */
@Entity
@Table(name = "partner_agreement_acceptance")
class AgreementAcceptance {

	@Id
	private UUID id;

	private UUID partnerId;

	private UUID agreementVersionId;

	private String acceptedBy;

	private Instant acceptedAt;

	protected AgreementAcceptance() {
	}

	AgreementAcceptance(UUID partnerId, UUID agreementVersionId, String acceptedBy, Instant acceptedAt) {
		this.id = UUID.randomUUID();
		this.partnerId = partnerId;
		this.agreementVersionId = agreementVersionId;
		this.acceptedBy = acceptedBy;
		this.acceptedAt = acceptedAt;
	}

}
