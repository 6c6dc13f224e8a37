package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin accepted (signed) a version of the Partner Agreement for its partner.
 */
public record PartnerAgreementAccepted(UUID partnerId, String partnerName, String versionLabel, String acceptedBy,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_AGREEMENT_ACCEPTED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.partnerId;
	}

	@Override
	public String detail() {
		return PartnerEvents.detail(this.partnerName + ": " + this.versionLabel);
	}

}
