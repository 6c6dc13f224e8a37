package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DataMigrationTest {

	static final ChangedBy BY = new ChangedBy(
			new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@contoso.example"), null, null);

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

	@Test
	void startsRequestedWithItsMailboxesInOrder() {
		DataMigration migration = migration();

		DataMigrationView view = migration.toView();
		assertThat(view.state()).isEqualTo(MigrationState.REQUESTED);
		assertThat(view.mailboxes()).containsExactly("a@contoso.example", "b@contoso.example");
		assertThat(view.scheduledFor()).isEqualTo(TOMORROW);
		assertThat(view.canBeCancelled()).isTrue();
	}

	@Test
	void isScheduledInTheFuture() {
		UUID customerId = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(
				() -> new DataMigration(customerId, SourceSystem.IMAP, List.of("a@contoso.example"), NOW, BY, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> new DataMigration(customerId, SourceSystem.IMAP,
				List.of("a@contoso.example"), NOW.minusSeconds(1), BY, NOW));
	}

	@Test
	void needsAMailboxAndASourceSystem() {
		UUID customerId = UUID.randomUUID();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DataMigration(customerId, SourceSystem.IMAP, List.of(), TOMORROW, BY, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DataMigration(customerId, null, List.of("a@contoso.example"), TOMORROW, BY, NOW));
	}

	@Test
	void theTenantCancelsWhileItIsOnlyRequested() {
		DataMigration migration = migration();
		Instant later = NOW.plusSeconds(60);

		migration.cancel(BY, later);

		assertThat(migration.toView().state()).isEqualTo(MigrationState.CANCELLED);
		assertThat(migration.toView().updatedAt()).isEqualTo(later);
		assertThatIllegalStateException().isThrownBy(() -> migration.cancel(BY, later));
	}

	@Test
	void aScheduledMigrationCannotBeCancelled() {
		DataMigration migration = migration();
		migration.moveTo(MigrationState.SCHEDULED, NOW);

		assertThat(migration.toView().canBeCancelled()).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> migration.cancel(BY, NOW));
	}

	@Test
	void theBackOfficeMovesItAlongToTheEnd() {
		DataMigration migration = migration();
		migration.moveTo(MigrationState.SCHEDULED, NOW);
		migration.moveTo(MigrationState.IN_PROGRESS, NOW);
		migration.moveTo(MigrationState.COMPLETED, NOW);

		assertThat(migration.state().hasEnded()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> migration.moveTo(MigrationState.FAILED, NOW));
	}

	@Test
	void skipsNoStep() {
		DataMigration migration = migration();

		assertThatIllegalStateException().isThrownBy(() -> migration.moveTo(MigrationState.COMPLETED, NOW));
		assertThatIllegalStateException().isThrownBy(() -> migration.moveTo(MigrationState.IN_PROGRESS, NOW));
		assertThatIllegalStateException().isThrownBy(() -> migration.moveTo(MigrationState.REQUESTED, NOW));
	}

	@ParameterizedTest
	@EnumSource(value = MigrationState.class, names = { "COMPLETED", "FAILED", "CANCELLED" })
	void anEndedMigrationMovesNoMore(MigrationState ended) {
		assertThat(ended.next()).isEmpty();
		assertThat(ended.hasEnded()).isTrue();
	}

	private static DataMigration migration() {
		return new DataMigration(UUID.randomUUID(), SourceSystem.GOOGLE_WORKSPACE,
				List.of("b@contoso.example", "a@contoso.example"), TOMORROW, BY, NOW);
	}

}
