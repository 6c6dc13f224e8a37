package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A data migration as pages show it.
 */
public record DataMigrationView(UUID id, UUID customerId, SourceSystem sourceSystem, List<String> mailboxes,
		Instant scheduledFor, MigrationState state, String requestedByName, Instant createdAt, Instant updatedAt) {

	public boolean canBeCancelled() {
		return this.state == MigrationState.REQUESTED;
	}

}
