package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every move of a data migration from every state: the legal ones, written out, and all
 * the others, which throw and change nothing.
 */
class DataMigrationTransitionsTest {

	static final ChangedBy BY = new ChangedBy(
			new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@contoso.example"), null, null);

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant LATER = NOW.plus(Duration.ofHours(2));

	/**
	 * A migration brought to {@code state} along the shortest legal path.
	 */
	private static DataMigration in(MigrationState state) {
		DataMigration migration = new DataMigration(UUID.randomUUID(), SourceSystem.IMAP, List.of("a@contoso.example"),
				NOW.plus(Duration.ofDays(1)), BY, NOW);
		List<MigrationState> path = switch (state) {
			case REQUESTED -> List.of();
			case SCHEDULED -> List.of(MigrationState.SCHEDULED);
			case IN_PROGRESS -> List.of(MigrationState.SCHEDULED, MigrationState.IN_PROGRESS);
			case COMPLETED -> List.of(MigrationState.SCHEDULED, MigrationState.IN_PROGRESS, MigrationState.COMPLETED);
			case FAILED -> List.of(MigrationState.FAILED);
			case CANCELLED -> List.of(MigrationState.CANCELLED);
		};
		path.forEach((next) -> migration.moveTo(next, NOW.plusSeconds(1)));
		assertThat(migration.state()).isEqualTo(state);
		return migration;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "REQUESTED, SCHEDULED", "REQUESTED, FAILED", "REQUESTED, CANCELLED", "SCHEDULED, IN_PROGRESS",
			"SCHEDULED, FAILED", "IN_PROGRESS, COMPLETED", "IN_PROGRESS, FAILED" })
	void legalMove(MigrationState from, MigrationState to) {
		DataMigration migration = in(from);
		migration.moveTo(to, LATER);
		assertThat(migration.state()).isEqualTo(to);
		assertThat(migration.toView().updatedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest(name = "{0} -> {1} throws")
	@CsvSource({ "REQUESTED, REQUESTED", "REQUESTED, IN_PROGRESS", "REQUESTED, COMPLETED", "SCHEDULED, REQUESTED",
			"SCHEDULED, SCHEDULED", "SCHEDULED, COMPLETED", "SCHEDULED, CANCELLED", "IN_PROGRESS, REQUESTED",
			"IN_PROGRESS, SCHEDULED", "IN_PROGRESS, IN_PROGRESS", "IN_PROGRESS, CANCELLED", "COMPLETED, REQUESTED",
			"COMPLETED, SCHEDULED", "COMPLETED, IN_PROGRESS", "COMPLETED, COMPLETED", "COMPLETED, FAILED",
			"COMPLETED, CANCELLED", "FAILED, REQUESTED", "FAILED, SCHEDULED", "FAILED, IN_PROGRESS",
			"FAILED, COMPLETED", "FAILED, FAILED", "FAILED, CANCELLED", "CANCELLED, REQUESTED", "CANCELLED, SCHEDULED",
			"CANCELLED, IN_PROGRESS", "CANCELLED, COMPLETED", "CANCELLED, FAILED", "CANCELLED, CANCELLED" })
	void illegalMove(MigrationState from, MigrationState to) {
		DataMigration migration = in(from);
		assertThatIllegalStateException().isThrownBy(() -> migration.moveTo(to, LATER));
		assertThat(migration.state()).isEqualTo(from);
		assertThat(migration.toView().updatedAt()).isNotEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(names = { "SCHEDULED", "IN_PROGRESS", "COMPLETED", "FAILED", "CANCELLED" })
	void theTenantCancelsOnlyARequestedMigration(MigrationState from) {
		DataMigration migration = in(from);
		assertThatIllegalStateException().isThrownBy(() -> migration.cancel(BY, LATER));
		assertThat(migration.state()).isEqualTo(from);
	}

}
