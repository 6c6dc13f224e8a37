package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A group was created in the tenant.
 */
public record TenantGroupCreated(UUID groupId, UUID customerId, UUID partnerId, String name, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_GROUP_CREATED";
	}

	@Override
	public UUID subjectId() {
		return this.groupId;
	}

	@Override
	public String detail() {
		return this.name;
	}

}
