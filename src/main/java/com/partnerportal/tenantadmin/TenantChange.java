package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;

/**
 * Something changed in a customer's tenant: a user, a group, a mailbox or a data
 * migration. {@code partnerId} is the partner that acted on the customer's behalf (null
 * when the customer's own admin acted); {@code target} says what was changed, readably
 * (an address, a group name).
 */
public record TenantChange(Change change, UUID customerId, UUID partnerId, UUID subjectId, String target, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	/**
	 * A change made by a signed-in person, in the customer's tenant.
	 */
	static TenantChange by(PortalUser user, Change change, UUID customerId, UUID subjectId, String target,
			Instant occurredAt) {
		UUID partnerId = (user.kind() == AccountKind.PARTNER_USER) ? user.organizationId() : null;
		return new TenantChange(change, customerId, partnerId, subjectId, target, Actor.of(user), occurredAt);
	}

	@Override
	public String action() {
		return "TENANT_" + this.change.name();
	}

	@Override
	public String detail() {
		return this.target;
	}

	/**
	 * What changed.
	 */
	public enum Change {

		USER_ADDED, USER_CHANGED, USER_REMOVED, GROUP_CREATED, GROUP_DELETED, GROUP_MEMBER_ADDED, GROUP_MEMBER_REMOVED,
		MAILBOX_CREATED, MAILBOX_REMOVED, MIGRATION_REQUESTED, MIGRATION_CANCELLED

	}

}
