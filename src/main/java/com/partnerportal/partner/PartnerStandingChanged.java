package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office changed a partner's standing (reinstating it is a change to
 * {@link Standing#ACTIVE}), with its reason.
 */
public record PartnerStandingChanged(UUID partnerId, String partnerName, Standing from, Standing to, String reason,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return (this.to == Standing.ACTIVE) ? "PARTNER_REINSTATED" : "PARTNER_" + this.to.name();
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
		return PartnerEvents.detail(this.partnerName + ": " + this.reason);
	}

}
