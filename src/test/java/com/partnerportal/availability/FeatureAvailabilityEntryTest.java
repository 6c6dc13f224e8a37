package com.partnerportal.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The registry's rules, on one pair: not available needs a reason in every language,
 * planned also a date after today; available keeps neither; every change raises one event
 * for the activity log.
 */
class FeatureAvailabilityEntryTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

	private static final Instant NOW = Instant.parse("2026-11-29T11:00:00Z");

	private static final Actor OPERATOR = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, null, "admin@operator.example");

	private final FeatureAvailabilityEntry entry = new FeatureAvailabilityEntry(CloudInstance.CHINA_21VIANET,
			PartnerFeature.DELEGATED_ADMIN, NOW);

	@Test
	void aPairWithoutARowIsNotAvailableUntilItsFirstChange() {
		assertThat(this.entry.toStatus().state()).isEqualTo(AvailabilityState.NOT_AVAILABLE);
		assertThat(this.entry.domainEvents()).isEmpty();
	}

	@Test
	void switchingOffKeepsTheReasonInEveryLanguageAndRaisesAnEvent() {
		this.entry.change(AvailabilityState.AVAILABLE, null, null, null, null, TODAY, OPERATOR, NOW);
		this.entry.clearDomainEvents();
		this.entry.change(AvailabilityState.NOT_AVAILABLE, " Not yet. ", "まだです。", "아직입니다.", TODAY.plusDays(5), TODAY,
				OPERATOR, NOW);

		FeatureStatus status = this.entry.toStatus();
		assertThat(status.isAvailable()).isFalse();
		assertThat(status.reason(Locale.ENGLISH)).isEqualTo("Not yet.");
		assertThat(status.reason(Locale.JAPANESE)).isEqualTo("まだです。");
		assertThat(status.reason(Locale.KOREAN)).isEqualTo("아직입니다.");
		assertThat(status.reason(Locale.GERMAN)).as("any other language reads English").isEqualTo("Not yet.");
		assertThat(status.plannedOn()).as("only a planned feature keeps a date").isNull();
		assertThat(this.entry.domainEvents()).singleElement()
			.isInstanceOfSatisfying(FeatureAvailabilityChanged.class, (event) -> {
				assertThat(event.previous()).isEqualTo(AvailabilityState.AVAILABLE);
				assertThat(event.state()).isEqualTo(AvailabilityState.NOT_AVAILABLE);
				assertThat(event.actor()).isEqualTo(OPERATOR);
				assertThat(event.action()).isEqualTo("FEATURE_AVAILABILITY_CHANGED");
				assertThat(event.detail()).isEqualTo("CHINA_21VIANET DELEGATED_ADMIN: AVAILABLE -> NOT_AVAILABLE");
			});
	}

	@Test
	void notAvailableWithoutAReasonInOneLanguageIsRefusedOnThatField() {
		assertRefused(AvailabilityState.NOT_AVAILABLE, "Not yet.", "まだです。", " ", null, "reasonKo",
				"availability.change.reason.required");
		assertRefused(AvailabilityState.NOT_AVAILABLE, null, "まだです。", "아직입니다.", null, "reasonEn",
				"availability.change.reason.required");
		assertRefused(AvailabilityState.NOT_AVAILABLE, "x".repeat(501), "まだです。", "아직입니다.", null, "reasonEn",
				"availability.change.reason.too-long");
	}

	@Test
	void plannedNeedsADateAfterTodayAndAReason() {
		assertRefused(AvailabilityState.PLANNED, "Soon.", "間もなく。", "곧.", null, "plannedOn",
				"availability.change.plannedOn.required");
		assertRefused(AvailabilityState.PLANNED, "Soon.", "間もなく。", "곧.", TODAY, "plannedOn",
				"availability.change.plannedOn.future");
		assertRefused(AvailabilityState.PLANNED, "Soon.", null, "곧.", TODAY.plusDays(1), "reasonJa",
				"availability.change.reason.required");
		assertRefused(null, "Soon.", "間もなく。", "곧.", TODAY.plusDays(1), "state", "availability.change.state.required");

		this.entry.change(AvailabilityState.PLANNED, "Soon.", "間もなく。", "곧.", TODAY.plusDays(1), TODAY, OPERATOR, NOW);

		assertThat(this.entry.toStatus().isPlanned()).isTrue();
		assertThat(this.entry.toStatus().plannedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(this.entry.toStatus().plannedOnText(Locale.ENGLISH)).isEqualTo("November 30, 2026");
	}

	@Test
	void switchingOnForgetsReasonAndDate() {
		this.entry.change(AvailabilityState.PLANNED, "Soon.", "間もなく。", "곧.", TODAY.plusDays(30), TODAY, OPERATOR, NOW);

		this.entry.change(AvailabilityState.AVAILABLE, "ignored", null, null, TODAY.minusDays(3), TODAY, OPERATOR, NOW);

		FeatureStatus status = this.entry.toStatus();
		assertThat(status.isAvailable()).isTrue();
		assertThat(status.reasonEn()).isNull();
		assertThat(status.reasonJa()).isNull();
		assertThat(status.reasonKo()).isNull();
		assertThat(status.plannedOn()).isNull();
		assertThat(this.entry.domainEvents()).hasSize(2);
	}

	private void assertRefused(AvailabilityState state, String en, String ja, String ko, LocalDate date, String field,
			String messageKey) {
		FeatureStatus before = this.entry.toStatus();
		assertThatExceptionOfType(AvailabilityChangeRejectedException.class)
			.isThrownBy(() -> this.entry.change(state, en, ja, ko, date, TODAY, OPERATOR, NOW))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(messageKey);
			});
		assertThat(this.entry.toStatus()).as("nothing changed").isEqualTo(before);
		assertThat(this.entry.domainEvents()).isEmpty();
	}

}
