package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer tenant was created with its first admin, invited by {@code partnerId} (if
 * any).
 */
public record TenantCreated(UUID customerId, UUID partnerId, String name, String domain, Actor actor,
		Instant occurredAt) {

}
