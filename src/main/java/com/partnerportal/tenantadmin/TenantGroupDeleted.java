package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A group was deleted; its users stay.
 */
public record TenantGroupDeleted(UUID groupId, UUID customerId, UUID partnerId, String name, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_GROUP_DELETED";
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
