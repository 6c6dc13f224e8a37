package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A user's display name or licenses changed.
 */
public record TenantUserChanged(UUID userId, UUID customerId, UUID partnerId, String address, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_USER_CHANGED";
	}

	@Override
	public UUID subjectId() {
		return this.userId;
	}

	@Override
	public String detail() {
		return this.address;
	}

}
