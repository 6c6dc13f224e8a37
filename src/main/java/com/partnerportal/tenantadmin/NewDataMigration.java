package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A data migration to request: from which system, into which of the tenant's mailboxes,
 * and when.
 */
public record NewDataMigration(SourceSystem sourceSystem, Set<UUID> mailboxIds, Instant scheduledFor) {

	public NewDataMigration {
		mailboxIds = (mailboxIds != null) ? Set.copyOf(mailboxIds) : Set.of();
	}

}
