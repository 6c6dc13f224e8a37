package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin changed its company profile.
 */
public record PartnerProfileChanged(UUID partnerId, String displayName, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_PROFILE_CHANGED";
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
		return PartnerEvents.detail((this.displayName != null) ? this.displayName : "");
	}

}
