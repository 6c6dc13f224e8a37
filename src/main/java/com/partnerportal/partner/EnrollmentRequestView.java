package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to enrol in a program, as pages show it.
 */
public record EnrollmentRequestView(UUID id, UUID partnerId, Program program, EnrollmentRequestState state,
		String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason) {

	public boolean isOpen() {
		return this.state == EnrollmentRequestState.REQUESTED;
	}

}
