package com.partnerportal.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * The first-response SLA of a service request by its severity (settings
 * {@code portal.support.sla.*}): critical and high within hours, normal and low by the
 * same time of day a number of business days (Monday to Friday) later.
 */
@Component
class ServiceLevels {

	private final SupportSlaProperties settings;

	ServiceLevels(SupportSlaProperties settings) {
		this.settings = settings;
	}

	/**
	 * The deadline of the first response to a request of this severity opened at
	 * {@code openedAt}.
	 */
	FirstResponseDeadline firstResponse(ServiceRequestSeverity severity, Instant openedAt) {
		Instant due = switch (severity) {
			case CRITICAL -> openedAt.plus(this.settings.critical());
			case HIGH -> openedAt.plus(this.settings.high());
			case NORMAL -> businessDaysLater(openedAt, this.settings.normalBusinessDays());
			case LOW -> businessDaysLater(openedAt, this.settings.lowBusinessDays());
		};
		Duration allowed = Duration.between(openedAt, due);
		Instant dueSoon = due.minus(allowed.multipliedBy(this.settings.dueSoonPercent()).dividedBy(100));
		return new FirstResponseDeadline(due, dueSoon);
	}

	/**
	 * The same time of day on the {@code days}-th working day after the day of
	 * {@code from}: Friday's request is due on Monday, Saturday's and Sunday's too.
	 */
	private Instant businessDaysLater(Instant from, int days) {
		ZonedDateTime day = from.atZone(this.settings.zone());
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (isWorkingDay(day.getDayOfWeek())) {
				left--;
			}
		}
		return day.toInstant();
	}

	private static boolean isWorkingDay(DayOfWeek day) {
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
