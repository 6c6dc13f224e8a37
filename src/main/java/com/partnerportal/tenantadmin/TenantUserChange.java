package com.partnerportal.tenantadmin;

import java.util.Set;
import java.util.UUID;

/**
 * A user's new display name and the subscriptions it holds licenses of from now on. The
 * form validates it for people; this check keeps any other caller from storing a blank
 * name.
 */
public record TenantUserChange(String displayName, Set<UUID> subscriptionIds) {

	public TenantUserChange {
		displayName = TenantUser.requireDisplayName(displayName);
		subscriptionIds = (subscriptionIds != null) ? Set.copyOf(subscriptionIds) : Set.of();
	}

}
