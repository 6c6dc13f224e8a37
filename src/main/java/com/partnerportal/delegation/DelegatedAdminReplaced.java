package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The partner's delegated admin ended: the customer approved another partner.
 */
public record DelegatedAdminReplaced(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Actor actor, Instant occurredAt) implements DelegatedAdminChange {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_REPLACED";
	}

}
