package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The customer refused the partner's amendment; the relationship stays as it was.
 */
public record DelegatedAdminAmendmentRefused(UUID amendmentId, UUID relationshipId, UUID customerId,
		String customerName, UUID partnerId, String partnerName, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_AMENDMENT_REFUSED";
	}

	@Override
	public UUID subjectId() {
		return this.relationshipId;
	}

	@Override
	public String detail() {
		return this.partnerName;
	}

}
