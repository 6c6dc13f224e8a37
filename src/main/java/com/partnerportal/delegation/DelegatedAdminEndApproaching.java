package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

/**
 * The relationship ends in {@code daysBefore} days (30, 7 or 1) or less: both sides are
 * reminded, once per relationship, reminder and end date. {@code autoExtend}: it will be
 * extended instead of ending, if the partner may still serve customers then.
 */
public record DelegatedAdminEndApproaching(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Instant endsAt, int daysBefore, boolean autoExtend, Instant occurredAt) {

}
