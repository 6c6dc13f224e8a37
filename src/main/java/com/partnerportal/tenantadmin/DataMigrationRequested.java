package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The tenant requested a data migration; {@code summary} names the source system and the
 * mailboxes.
 */
public record DataMigrationRequested(UUID migrationId, UUID customerId, UUID partnerId, String summary, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_MIGRATION_REQUESTED";
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
