package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A data migration to request: from which system, into which of the tenant's mailboxes
 * (at least one), and when. The form validates it for people; these checks keep any other
 * caller from storing a half-valid request.
 */
public record NewDataMigration(SourceSystem sourceSystem, Set<UUID> mailboxIds, Instant scheduledFor) {

	public NewDataMigration {
		Objects.requireNonNull(sourceSystem, "sourceSystem");
		Objects.requireNonNull(scheduledFor, "scheduledFor");
		mailboxIds = (mailboxIds != null) ? Set.copyOf(mailboxIds) : Set.of();
		if (mailboxIds.isEmpty()) {
			throw new IllegalArgumentException("A data migration moves at least one mailbox");
		}
	}

}
