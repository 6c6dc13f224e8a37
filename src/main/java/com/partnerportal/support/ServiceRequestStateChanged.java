package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The support team moved a service request from {@code previous} to {@code state} without
 * writing in it.
 */
public record ServiceRequestStateChanged(UUID requestId, UUID customerId, UUID partnerId, String reference,
		String title, ServiceRequestState state, String authorName, Actor actor, Instant occurredAt,
		ServiceRequestState previous) implements ServiceRequestChange {

	@Override
	public String action() {
		return "SERVICE_REQUEST_STATE_CHANGED";
	}

	@Override
	public String detail() {
		return reference() + " " + title() + ": " + this.previous + " → " + state();
	}

	/** The back office acts by no delegated role. */
	@Override
	public DelegatedRole role() {
		return null;
	}

}
