package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office granted or declined a partner's request to enrol in a program.
 */
public record EnrollmentRequestDecided(UUID requestId, UUID partnerId, Program program, boolean granted, String reason,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return this.granted ? "PARTNER_ENROLLMENT_GRANTED" : "PARTNER_ENROLLMENT_DECLINED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.requestId;
	}

	@Override
	public String detail() {
		return PartnerEvents.detail(this.program.name() + ((this.reason != null) ? ": " + this.reason : ""));
	}

}
