package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A user stopped being a member of a group; {@code member} is the group's name and the
 * user's address.
 */
public record GroupMemberRemoved(UUID groupId, UUID customerId, UUID partnerId, String member, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_GROUP_MEMBER_REMOVED";
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
