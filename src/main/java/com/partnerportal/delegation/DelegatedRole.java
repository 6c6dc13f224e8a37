package com.partnerportal.delegation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * A role a customer grants its delegated admin, mapped onto the areas of the tenant
 * console. {@link #READ_ONLY} lets the partner look at every area and change nothing;
 * every other role lets it look at and change its own area.
 */
public enum DelegatedRole {

	USERS_AND_LICENSES(TenantAction.USERS),

	GROUPS(TenantAction.GROUPS),

	MAILBOXES(TenantAction.MAILBOXES),

	DATA_MIGRATIONS(TenantAction.DATA_MIGRATIONS),

	SERVICE_REQUESTS(TenantAction.SERVICE_REQUESTS),

	READ_ONLY(null);

	private final TenantAction area;

	DelegatedRole(TenantAction area) {
		this.area = area;
	}

	/**
	 * Whether this role allows the action: looking at its area (any area for
	 * {@link #READ_ONLY}), or changing something in its own area.
	 */
	public boolean grants(TenantAction action, boolean change) {
		if (this == READ_ONLY) {
			return !change;
		}
		return this.area == action;
	}

	/**
	 * The role of these that allows the action, preferring the one of the area itself
	 * over {@link #READ_ONLY}; {@code null} if none does.
	 */
	public static DelegatedRole granting(Collection<DelegatedRole> roles, TenantAction action, boolean change) {
		DelegatedRole found = null;
		for (DelegatedRole role : roles) {
			if (role.grants(action, change) && (found == null || found == READ_ONLY)) {
				found = role;
			}
		}
		return found;
	}

	/** Every role: what a relationship approved before roles existed holds. */
	public static Set<DelegatedRole> all() {
		return EnumSet.allOf(DelegatedRole.class);
	}

}
