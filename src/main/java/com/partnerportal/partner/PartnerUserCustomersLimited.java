package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin changed the customers a user of its team is limited to: {@code added}
 * and {@code removed} customers, {@code total} named now (0: every customer of the
 * partner).
 */
public record PartnerUserCustomersLimited(UUID userId, UUID partnerId, String email, int added, int removed, int total,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_USER_CUSTOMERS_LIMITED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.userId;
	}

	@Override
	public String detail() {
		return PartnerEvents.detail(this.email + ": +" + this.added + " −" + this.removed + " = " + this.total);
	}

}
