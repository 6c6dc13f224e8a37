package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant user as pages show it: its address in the tenant's domain, and the offers it
 * holds licenses of.
 */
public record TenantUserView(UUID id, UUID customerId, String displayName, String userName, String address,
		Set<UUID> subscriptionIds, List<String> licensedOfferCodes, Instant createdAt) {

	public boolean holds(UUID subscriptionId) {
		return this.subscriptionIds.contains(subscriptionId);
	}

}
