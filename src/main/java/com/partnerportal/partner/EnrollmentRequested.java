package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin asked for its partner's enrollment in a program.
 */
public record EnrollmentRequested(UUID requestId, UUID partnerId, Program program, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_ENROLLMENT_REQUESTED";
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
		return this.program.name();
	}

}
