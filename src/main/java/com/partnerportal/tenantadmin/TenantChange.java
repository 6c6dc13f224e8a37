package com.partnerportal.tenantadmin;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.ActivityEvent;

/**
 * What every fact of a customer's tenant tells: in which tenant, who acted, and what was
 * changed, readably ({@link #detail()}: an address, a group name). {@code partnerId} is
 * the partner that acted on the customer's behalf (null when the customer's own admin
 * acted). Raised by the tenant's aggregates; ids and names only.
 */
public sealed interface TenantChange extends ActivityEvent permits TenantUserAdded, TenantUserChanged,
		TenantUserRemoved, TenantGroupCreated, TenantGroupDeleted, GroupMemberAdded, GroupMemberRemoved, MailboxCreated,
		MailboxRemoved, DataMigrationRequested, DataMigrationCancelled, DataMigrationStateChanged {

	/**
	 * The delegated role a partner acted by; {@code null} when the customer's own admin
	 * (or the back office) acted.
	 */
	DelegatedRole role();

	@Override
	default String delegatedRole() {
		return (role() != null) ? role().name() : null;
	}

}
