package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The customer, or its partner on its behalf, wrote in a service request; one the support
 * team had answered went back to it, a resolved one was reopened.
 */
public record ServiceRequestReplied(UUID requestId, UUID customerId, UUID partnerId, String reference, String title,
		ServiceRequestState state, String authorName, Actor actor, Instant occurredAt,
		DelegatedRole role) implements ServiceRequestChange {

	@Override
	public String action() {
		return "SERVICE_REQUEST_REPLIED";
	}

}
