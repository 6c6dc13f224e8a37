package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The back office moves a data migration on: scheduled, in progress, completed, or
 * failed; never cancelled (that is the tenant's), never from an ended migration, never on
 * an older version. Each move raises its event.
 */
class DataMigrationBackOfficeTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final Actor OPERATOR = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(),
			"support@operator.example");

	@Test
	void theBackOfficeMovesAMigrationOnToCompletedWithAnEventEachTime() {
		DataMigration migration = requested();
		migration.clearDomainEvents();

		migration.moveOnByBackOffice(MigrationState.SCHEDULED, 0, OPERATOR, NOW);
		migration.moveOnByBackOffice(MigrationState.IN_PROGRESS, 0, OPERATOR, NOW);
		migration.moveOnByBackOffice(MigrationState.COMPLETED, 0, OPERATOR, NOW.plusSeconds(60));

		assertThat(migration.state()).isEqualTo(MigrationState.COMPLETED);
		assertThat(migration.domainEvents()).hasSize(3);
		DataMigrationStateChanged last = (DataMigrationStateChanged) migration.domainEvents().toArray()[2];
		assertThat(last.previous()).isEqualTo(MigrationState.IN_PROGRESS);
		assertThat(last.state()).isEqualTo(MigrationState.COMPLETED);
		assertThat(last.action()).isEqualTo("TENANT_MIGRATION_STATE_CHANGED");
		assertThat(last.actor()).isEqualTo(OPERATOR);
		assertThat(last.detail()).isEqualTo("IMAP: a@contoso.example: IN_PROGRESS → COMPLETED");
	}

	@Test
	void theBackOfficeDoesNotCancelNorMoveAnEndedMigration() {
		DataMigration migration = requested();
		assertThat(MigrationState.REQUESTED.nextByBackOffice()).containsExactlyInAnyOrder(MigrationState.SCHEDULED,
				MigrationState.FAILED);

		assertThatThrownBy(() -> migration.moveOnByBackOffice(MigrationState.CANCELLED, 0, OPERATOR, NOW))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("support.migration.error.transition"));
		migration.moveOnByBackOffice(MigrationState.FAILED, 0, OPERATOR, NOW);
		assertThatThrownBy(() -> migration.moveOnByBackOffice(MigrationState.SCHEDULED, 0, OPERATOR, NOW))
			.isInstanceOf(ConflictException.class);
		assertThat(migration.state()).isEqualTo(MigrationState.FAILED);
	}

	@Test
	void aMoveDecidedOnAnOlderVersionIsRefused() {
		DataMigration migration = requested();

		assertThatThrownBy(() -> migration.moveOnByBackOffice(MigrationState.SCHEDULED, 7, OPERATOR, NOW))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("support.migration.error.stale"));
		assertThat(migration.state()).isEqualTo(MigrationState.REQUESTED);
	}

	private static DataMigration requested() {
		return new DataMigration(UUID.randomUUID(), SourceSystem.IMAP, List.of("a@contoso.example"),
				NOW.plus(Duration.ofDays(1)), DataMigrationTransitionsTest.BY, NOW.minusSeconds(60));
	}

}
