package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin deactivated a user of its team: it can no longer sign in, and its
 * sessions end.
 */
public record PartnerUserDeactivated(UUID userId, UUID partnerId, String email, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_USER_DEACTIVATED";
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
		return PartnerEvents.detail(this.email);
	}

}
