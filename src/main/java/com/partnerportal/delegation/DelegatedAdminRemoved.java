package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The customer removed the partner as its delegated admin.
 */
public record DelegatedAdminRemoved(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Actor actor, Instant occurredAt) implements DelegatedAdminChange {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_REMOVED";
	}

}
