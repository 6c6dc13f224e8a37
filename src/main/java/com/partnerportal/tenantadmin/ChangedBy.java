package com.partnerportal.tenantadmin;

import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;

/**
 * Who changes a tenant, as its events name it: the person, the partner it acts for on the
 * customer's behalf (null for the customer's own admin), and the delegated role that
 * allowed it (null for the customer's own admin and the back office).
 */
record ChangedBy(Actor actor, UUID partnerId, DelegatedRole role) {

	/**
	 * The user, allowed by this grant of the tenant access check.
	 */
	static ChangedBy of(PortalUser user, TenantAccess.Grant grant) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new ChangedBy(Actor.of(user), partnerId, (grant != null) ? grant.role() : null);
	}

}
