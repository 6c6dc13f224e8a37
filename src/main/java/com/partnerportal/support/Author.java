package com.partnerportal.support;

import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;

/**
 * Who opens, writes in or closes a service request: {@code name} is how the conversation
 * shows it, {@code signInName} how the activity log does; {@code partnerId} is the
 * partner of a partner user, {@code role} the delegated role it acts by.
 */
record Author(AuthorKind kind, UUID id, String name, UUID partnerId, String signInName, DelegatedRole role) {

	Author(AuthorKind kind, UUID id, String name, UUID partnerId, String signInName) {
		this(kind, id, name, partnerId, signInName, null);
	}

	static Author of(PortalUser user) {
		return of(user, null);
	}

	/**
	 * The user, allowed by this grant of the tenant access check: a partner user acts by
	 * its role.
	 */
	static Author of(PortalUser user, TenantAccess.Grant grant) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new Author(AuthorKind.of(user.kind()), user.accountId(), user.displayName(), partnerId,
				user.getUsername(), (grant != null) ? grant.role() : null);
	}

	/**
	 * The author as the activity log names it.
	 */
	Actor actor() {
		return new Actor(Actor.Kind.valueOf(this.kind.name()), this.id, this.signInName);
	}

}
