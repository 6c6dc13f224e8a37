package com.partnerportal.tenantadmin.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.tenantadmin.NewDataMigration;
import com.partnerportal.tenantadmin.SourceSystem;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The request-a-migration form: the source system, the mailboxes to move (at least one)
 * and when, in UTC.
 */
public record DataMigrationForm(
		@NotNull(message = "{tenant.migration.sourceSystem.required}") SourceSystem sourceSystem,
		@NotEmpty(message = "{tenant.migration.mailboxes.required}") List<UUID> mailboxIds,
		@NotNull(message = "{tenant.validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime scheduledFor) {

	public DataMigrationForm {
		mailboxIds = (mailboxIds != null) ? mailboxIds.stream().filter(Objects::nonNull).distinct().toList()
				: List.of();
	}

	static DataMigrationForm empty() {
		return new DataMigrationForm(null, List.of(), null);
	}

	NewDataMigration toCommand() {
		return new NewDataMigration(this.sourceSystem, Set.copyOf(this.mailboxIds),
				this.scheduledFor.toInstant(ZoneOffset.UTC));
	}

}
