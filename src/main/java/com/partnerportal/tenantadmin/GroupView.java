package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

/**
 * A group of a tenant as pages show it.
 */
public record GroupView(UUID id, UUID customerId, String name, int memberCount, Instant createdAt) {

}
