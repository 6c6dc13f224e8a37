package com.partnerportal.support;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first-response SLA by severity, with the default settings: critical 1 hour, high 4
 * hours, normal 1 business day, low 2 business days (Monday to Friday, UTC); due soon in
 * the last quarter of the time allowed.
 */
class ServiceLevelsTest {

	final ServiceLevels levels = new ServiceLevels(
			new SupportSlaProperties(Duration.ofHours(1), Duration.ofHours(4), 1, 2, 25, ZoneId.of("UTC")));

	@Test
	void criticalIsDueInOneHourWhateverTheDay() {
		// a Saturday night
		FirstResponseDeadline deadline = this.levels.firstResponse(ServiceRequestSeverity.CRITICAL,
				Instant.parse("2026-03-07T23:30:00Z"));

		assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-08T00:30:00Z"));
		assertThat(deadline.dueSoonAt()).isEqualTo(Instant.parse("2026-03-08T00:15:00Z"));
	}

	@Test
	void highIsDueInFourHours() {
		FirstResponseDeadline deadline = this.levels.firstResponse(ServiceRequestSeverity.HIGH,
				Instant.parse("2026-03-02T10:00:00Z"));

		assertThat(deadline.dueAt()).isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
		assertThat(deadline.dueSoonAt()).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
	}

	@ParameterizedTest(name = "normal opened {0} is due {1}")
	@CsvSource({ "2026-03-02T09:15:00Z, 2026-03-03T09:15:00Z", // Monday -> Tuesday
			"2026-03-05T17:00:00Z, 2026-03-06T17:00:00Z", // Thursday -> Friday
			"2026-03-06T17:00:00Z, 2026-03-09T17:00:00Z", // Friday -> Monday
			"2026-03-07T11:00:00Z, 2026-03-09T11:00:00Z", // Saturday -> Monday
			"2026-03-08T11:00:00Z, 2026-03-09T11:00:00Z" // Sunday -> Monday
	})
	void normalIsDueTheNextWorkingDayAtTheSameTime(Instant openedAt, Instant dueAt) {
		assertThat(this.levels.firstResponse(ServiceRequestSeverity.NORMAL, openedAt).dueAt()).isEqualTo(dueAt);
	}

	@ParameterizedTest(name = "low opened {0} is due {1}")
	@CsvSource({ "2026-03-02T09:00:00Z, 2026-03-04T09:00:00Z", // Monday -> Wednesday
			"2026-03-05T09:00:00Z, 2026-03-09T09:00:00Z", // Thursday -> Monday
			"2026-03-06T09:00:00Z, 2026-03-10T09:00:00Z" // Friday -> Tuesday
	})
	void lowIsDueTwoWorkingDaysLater(Instant openedAt, Instant dueAt) {
		assertThat(this.levels.firstResponse(ServiceRequestSeverity.LOW, openedAt).dueAt()).isEqualTo(dueAt);
	}

	@Test
	void aFridayRequestIsDueSoonInTheLastQuarterOfTheWeekend() {
		// Friday 17:00 to Monday 17:00: 72 hours, due soon from 18 hours before
		FirstResponseDeadline deadline = this.levels.firstResponse(ServiceRequestSeverity.NORMAL,
				Instant.parse("2026-03-06T17:00:00Z"));

		assertThat(deadline.dueSoonAt()).isEqualTo(Instant.parse("2026-03-08T23:00:00Z"));
	}

	@Test
	void businessDaysAreCountedInTheConfiguredZone() {
		ServiceLevels tokyo = new ServiceLevels(
				new SupportSlaProperties(Duration.ofHours(1), Duration.ofHours(4), 1, 2, 25, ZoneId.of("Asia/Tokyo")));
		// Friday 23:00 UTC is Saturday 08:00 in Tokyo: due Monday 08:00 Tokyo time
		assertThat(tokyo.firstResponse(ServiceRequestSeverity.NORMAL, Instant.parse("2026-03-06T23:00:00Z")).dueAt())
			.isEqualTo(Instant.parse("2026-03-08T23:00:00Z"));
	}

	@Test
	void settingsOutOfRangeAreRefusedAtStartUp() {
		assertThatThrownBy(
				() -> new SupportSlaProperties(Duration.ZERO, Duration.ofHours(4), 1, 2, 25, ZoneId.of("UTC")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new SupportSlaProperties(Duration.ofHours(1), Duration.ofHours(4), 0, 2, 25, ZoneId.of("UTC")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new SupportSlaProperties(Duration.ofHours(1), Duration.ofHours(4), 1, 2, 101, ZoneId.of("UTC")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ON_TRACK, 2026-03-02T10:30:00Z,", "DUE_SOON, 2026-03-02T13:00:00Z,",
			"DUE_SOON, 2026-03-02T14:00:00Z,", "OVERDUE, 2026-03-02T14:00:01Z,",
			"MET, 2026-03-02T20:00:00Z, 2026-03-02T14:00:00Z", "MISSED, 2026-03-02T12:00:00Z, 2026-03-02T14:00:01Z" })
	void theSlaStateFollowsTheClockUntilItStops(SlaState expected, Instant now, Instant stoppedAt) {
		Instant due = Instant.parse("2026-03-02T14:00:00Z");
		Instant dueSoon = Instant.parse("2026-03-02T13:00:00Z");

		assertThat(SlaState.of(due, dueSoon, stoppedAt, now)).isEqualTo(expected);
	}

}
