package com.partnerportal.support;

import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PortalUser;

/**
 * Who opens, writes in or closes a service request; {@code partnerId} is the partner of a
 * partner user.
 */
record Author(AuthorKind kind, UUID id, String name, UUID partnerId) {

	static Author of(PortalUser user) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new Author(AuthorKind.of(user.kind()), user.accountId(), user.displayName(), partnerId);
	}

}
