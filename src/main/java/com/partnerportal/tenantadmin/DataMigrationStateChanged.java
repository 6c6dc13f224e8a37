package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * The back office moved a data migration from {@code previous} to {@code state}
 * (scheduled, in progress, completed, failed).
 */
public record DataMigrationStateChanged(UUID migrationId, UUID customerId, UUID partnerId, String summary,
		MigrationState previous, MigrationState state, Actor actor, Instant occurredAt) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_MIGRATION_STATE_CHANGED";
	}

	@Override
	public UUID subjectId() {
		return this.migrationId;
	}

	@Override
	public String detail() {
		return this.summary + ": " + this.previous + " → " + this.state;
	}

	/** The back office acts by no delegated role. */
	@Override
	public DelegatedRole role() {
		return null;
	}

}
