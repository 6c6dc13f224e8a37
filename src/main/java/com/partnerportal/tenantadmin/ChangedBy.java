package com.partnerportal.tenantadmin;

import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;

/**
 * Who changes a tenant, as its events name it: the person, and the partner it acts for on
 * the customer's behalf (null for the customer's own admin).
 */
record ChangedBy(Actor actor, UUID partnerId) {

	static ChangedBy of(PortalUser user) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new ChangedBy(Actor.of(user), partnerId);
	}

}
