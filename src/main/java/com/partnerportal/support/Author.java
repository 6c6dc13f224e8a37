package com.partnerportal.support;

import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;

/**
 * Who opens, writes in or closes a service request: {@code name} is how the conversation
 * shows it, {@code signInName} how the activity log does; {@code partnerId} is the
 * partner of a partner user.
 */
record Author(AuthorKind kind, UUID id, String name, UUID partnerId, String signInName) {

	static Author of(PortalUser user) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new Author(AuthorKind.of(user.kind()), user.accountId(), user.displayName(), partnerId,
				user.getUsername());
	}

	/**
	 * The author as the activity log names it.
	 */
	Actor actor() {
		return new Actor(Actor.Kind.valueOf(this.kind.name()), this.id, this.signInName);
	}

}
