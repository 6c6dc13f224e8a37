package com.partnerportal.tenantadmin;

import java.util.Set;
import java.util.UUID;

/**
 * A user's new display name and the subscriptions it holds licenses of from now on.
 */
public record TenantUserChange(String displayName, Set<UUID> subscriptionIds) {

	public TenantUserChange {
		subscriptionIds = (subscriptionIds != null) ? Set.copyOf(subscriptionIds) : Set.of();
	}

}
