package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A user became a member of a group; {@code member} is the group's name and the user's
 * address.
 */
public record GroupMemberAdded(UUID groupId, UUID customerId, UUID partnerId, String member, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_GROUP_MEMBER_ADDED";
	}

	@Override
	public UUID subjectId() {
		return this.groupId;
	}

	@Override
	public String detail() {
		return this.member;
	}

}
