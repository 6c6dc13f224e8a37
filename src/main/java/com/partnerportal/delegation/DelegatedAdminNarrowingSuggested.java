package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

/**
 * The customer of a relationship from before roles and end dates existed (every role, no
 * end date) was told, once, that it can narrow it.
 */
public record DelegatedAdminNarrowingSuggested(UUID relationshipId, UUID customerId, String customerName,
		UUID partnerId, String partnerName, Instant occurredAt) {

}
