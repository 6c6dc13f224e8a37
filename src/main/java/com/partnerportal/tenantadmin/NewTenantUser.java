package com.partnerportal.tenantadmin;

import java.util.Set;
import java.util.UUID;

/**
 * A user to add to a tenant: a display name, a user name (the local part of its address)
 * and the subscriptions it gets a license of.
 */
public record NewTenantUser(String displayName, String userName, Set<UUID> subscriptionIds) {

	public NewTenantUser {
		subscriptionIds = (subscriptionIds != null) ? Set.copyOf(subscriptionIds) : Set.of();
	}

}
