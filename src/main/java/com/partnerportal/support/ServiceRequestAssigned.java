package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The support team assigned a service request to one of its back-office users
 * ({@code assigneeId} and {@code assigneeName}; both null when it was unassigned).
 */
public record ServiceRequestAssigned(UUID requestId, UUID customerId, UUID partnerId, String reference, String title,
		ServiceRequestState state, String authorName, Actor actor, Instant occurredAt, UUID assigneeId,
		String assigneeName) implements ServiceRequestChange {

	@Override
	public String action() {
		return "SERVICE_REQUEST_ASSIGNED";
	}

	@Override
	public String detail() {
		return reference() + " " + title() + " → " + ((this.assigneeName != null) ? this.assigneeName : "-");
	}

	/** The back office acts by no delegated role. */
	@Override
	public DelegatedRole role() {
		return null;
	}

}
