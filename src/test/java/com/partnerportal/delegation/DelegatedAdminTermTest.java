package com.partnerportal.delegation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A relationship as time passes: reminders only near its end, at its end date it expires
 * or (asked to, and the partner may serve) is extended by 180 days; a relationship
 * without an end date is the one whose customer is told it can narrow it.
 */
class DelegatedAdminTermTest {

	private static final Instant APPROVED_AT = Instant.parse("2026-01-10T10:00:00Z");

	private static final Instant ENDS_AT = Instant.parse("2026-04-10T10:00:00Z");

	private static final Duration EXTENSION = Duration.ofDays(180);

	private static DelegatedAdmin endingAt(Instant endsAt, boolean autoExtend) {
		DelegatedAdmin relationship = new DelegatedAdmin(UUID.randomUUID(), "Adatum", UUID.randomUUID(), "Contoso",
				null, new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "alex@adatum.example"), APPROVED_AT,
				DelegationTerms.everyRoleWithoutEnd());
		// the request with a duration is approved elsewhere; here only its outcome
		// matters
		ReflectionTestUtils.setField(relationship, "endsAt", endsAt);
		ReflectionTestUtils.setField(relationship, "autoExtend", autoExtend);
		relationship.clearDomainEvents();
		return relationship;
	}

	@Test
	void remindsOnlyWithinTheReminderWindowBeforeTheEnd() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, true);
		assertThatIllegalStateException().isThrownBy(() -> relationship.remindOfEnd(7, "Adatum", "Contoso",
				ENDS_AT.minus(Duration.ofDays(7)).minusSeconds(1)));
		assertThatIllegalStateException().isThrownBy(() -> relationship.remindOfEnd(1, "Adatum", "Contoso", ENDS_AT));
		assertThat(relationship.domainEvents()).isEmpty();

		relationship.remindOfEnd(7, "Adatum", "Contoso", ENDS_AT.minus(Duration.ofDays(7)));
		assertThat(relationship.domainEvents()).singleElement()
			.isEqualTo(new DelegatedAdminEndApproaching(relationship.id(), relationship.customerId(), "Adatum",
					relationship.partnerId(), "Contoso", ENDS_AT, 7, true, ENDS_AT.minus(Duration.ofDays(7))));
	}

	@Test
	void expiresAtItsEndDateWithoutAutoExtension() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, false);
		assertThatIllegalStateException()
			.isThrownBy(() -> relationship.reachEnd(true, EXTENSION, "Adatum", "Contoso", ENDS_AT.minusSeconds(1)));

		Instant jobRan = ENDS_AT.plus(Duration.ofMinutes(7));
		assertThat(relationship.reachEnd(true, EXTENSION, "Adatum", "Contoso", jobRan)).isFalse();
		DelegatedAdminView view = relationship.toView("Contoso");
		assertThat(view.isActive()).isFalse();
		assertThat(view.endReason()).isEqualTo(EndReason.EXPIRED);
		assertThat(view.endedAt()).as("access stopped at the end date, not when the job ran").isEqualTo(ENDS_AT);
		assertThat(relationship.domainEvents()).singleElement()
			.isEqualTo(new DelegatedAdminExpired(relationship.id(), relationship.customerId(), "Adatum",
					relationship.partnerId(), "Contoso", ENDS_AT, false, Actor.system(), jobRan));
		assertThatIllegalStateException()
			.isThrownBy(() -> relationship.reachEnd(true, EXTENSION, "Adatum", "Contoso", jobRan));
	}

	@Test
	void extendsItselfBy180DaysAtItsEndDate() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, true);
		assertThat(relationship.reachEnd(true, EXTENSION, "Adatum", "Contoso", ENDS_AT)).isTrue();
		DelegatedAdminView view = relationship.toView("Contoso");
		assertThat(view.isActive()).isTrue();
		assertThat(view.endsAt()).isEqualTo(Instant.parse("2026-10-07T10:00:00Z"));
		assertThat(view.autoExtend()).isTrue();
		assertThat(relationship.domainEvents()).singleElement()
			.isEqualTo(new DelegatedAdminExtended(relationship.id(), relationship.customerId(), "Adatum",
					relationship.partnerId(), "Contoso", ENDS_AT, Instant.parse("2026-10-07T10:00:00Z"), Actor.system(),
					ENDS_AT));
	}

	@Test
	void anExtensionLateByMoreThan180DaysEndsInTheFuture() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, true);
		Instant muchLater = ENDS_AT.plus(Duration.ofDays(200));
		relationship.reachEnd(true, EXTENSION, "Adatum", "Contoso", muchLater);
		assertThat(relationship.toView("Contoso").endsAt()).isEqualTo(ENDS_AT.plus(Duration.ofDays(360)));
	}

	@Test
	void endsInsteadOfExtendingWhenThePartnerMayNotServe() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, true);
		assertThat(relationship.reachEnd(false, EXTENSION, "Adatum", "Contoso", ENDS_AT)).isFalse();
		assertThat(relationship.toView("Contoso").endReason()).isEqualTo(EndReason.EXPIRED);
		assertThat(relationship.domainEvents()).singleElement()
			.isInstanceOfSatisfying(DelegatedAdminExpired.class,
					(event) -> assertThat(event.extensionRefused()).isTrue());
	}

	@Test
	void aRelationshipWithoutEndDateNeitherEndsNorIsRemindedButIsSuggestedNarrowing() {
		DelegatedAdmin legacy = endingAt(null, false);
		assertThatIllegalStateException().isThrownBy(() -> legacy.remindOfEnd(1, "Adatum", "Contoso", ENDS_AT));
		assertThatIllegalStateException()
			.isThrownBy(() -> legacy.reachEnd(true, EXTENSION, "Adatum", "Contoso", ENDS_AT));
		legacy.suggestNarrowing("Adatum", "Contoso", ENDS_AT);
		assertThat(legacy.domainEvents()).singleElement()
			.isEqualTo(new DelegatedAdminNarrowingSuggested(legacy.id(), legacy.customerId(), "Adatum",
					legacy.partnerId(), "Contoso", ENDS_AT));
		assertThatIllegalStateException()
			.isThrownBy(() -> endingAt(ENDS_AT, false).suggestNarrowing("Adatum", "Contoso", APPROVED_AT));
	}

	@Test
	void onlyTheEndDateExpiresARelationship() {
		DelegatedAdmin relationship = endingAt(ENDS_AT, false);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> relationship.end(EndReason.EXPIRED, Actor.system(), "Adatum", "Contoso", ENDS_AT));
	}

	@Test
	void theMostUrgentReminderDueIsChosen() {
		assertThat(DelegatedAdminTerms.daysBefore(ENDS_AT, ENDS_AT.minus(Duration.ofDays(31)))).isZero();
		assertThat(DelegatedAdminTerms.daysBefore(ENDS_AT, ENDS_AT.minus(Duration.ofDays(30)))).isEqualTo(30);
		assertThat(DelegatedAdminTerms.daysBefore(ENDS_AT, ENDS_AT.minus(Duration.ofDays(8)))).isEqualTo(30);
		assertThat(DelegatedAdminTerms.daysBefore(ENDS_AT, ENDS_AT.minus(Duration.ofDays(5)))).isEqualTo(7);
		assertThat(DelegatedAdminTerms.daysBefore(ENDS_AT, ENDS_AT.minus(Duration.ofHours(2)))).isEqualTo(1);
	}

}
