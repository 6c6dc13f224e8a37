package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The support team answered a service request and said where it stands now
 * ({@code state}). The activity log shows it as a reply, as it always has.
 */
public record ServiceRequestAnswered(UUID requestId, UUID customerId, UUID partnerId, String reference, String title,
		ServiceRequestState state, String authorName, Actor actor, Instant occurredAt) implements ServiceRequestChange {

	@Override
	public String action() {
		return "SERVICE_REQUEST_REPLIED";
	}

	/** The back office acts by no delegated role. */
	@Override
	public DelegatedRole role() {
		return null;
	}

}
