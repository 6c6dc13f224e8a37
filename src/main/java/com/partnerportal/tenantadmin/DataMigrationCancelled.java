package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The tenant cancelled a data migration it had requested.
 */
public record DataMigrationCancelled(UUID migrationId, UUID customerId, UUID partnerId, String summary, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_MIGRATION_CANCELLED";
	}

	@Override
	public UUID subjectId() {
		return this.migrationId;
	}

	@Override
	public String detail() {
		return this.summary;
	}

}
