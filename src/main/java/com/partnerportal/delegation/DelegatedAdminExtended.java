package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The relationship reached its end date and, asked to extend itself, was extended to
 * {@code endsAt}.
 */
public record DelegatedAdminExtended(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Instant previousEndsAt, Instant endsAt, Actor actor,
		Instant occurredAt) implements DelegatedAdminChange {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_EXTENDED";
	}

	/**
	 * The partner and the new end date, as the activity log records them.
	 */
	@Override
	public String detail() {
		return this.partnerName + " · " + this.endsAt;
	}

}
