package com.partnerportal.tenantadmin;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A user to add to a tenant: a display name, a user name (the local part of its address,
 * taken in lower case) and the subscriptions it gets a license of. The form validates it
 * for people; these checks keep any other caller from storing a half-valid user.
 */
public record NewTenantUser(String displayName, String userName, Set<UUID> subscriptionIds) {

	/** The longest display name, in characters. */
	public static final int MAX_DISPLAY_NAME = 200;

	public NewTenantUser {
		displayName = TenantUser.requireDisplayName(displayName);
		userName = LocalPart.require((userName != null) ? userName.strip().toLowerCase(Locale.ROOT) : null);
		subscriptionIds = (subscriptionIds != null) ? Set.copyOf(subscriptionIds) : Set.of();
	}

}
