package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The relationship reached its end date and ended: no auto-extension was asked, or
 * {@code extensionRefused} (auto-extension was asked, but the partner may no longer serve
 * customers).
 */
public record DelegatedAdminExpired(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Instant endsAt, boolean extensionRefused, Actor actor,
		Instant occurredAt) implements DelegatedAdminChange {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_EXPIRED";
	}

}
