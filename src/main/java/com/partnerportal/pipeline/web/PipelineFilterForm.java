package com.partnerportal.pipeline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.partnerportal.pipeline.FunnelFilter;
import com.partnerportal.pipeline.PipelineKind;
import com.partnerportal.platform.CloudInstance;

import org.springframework.validation.Errors;

/**
 * The funnel's filter as typed (a GET form): each value is checked here, so that a
 * hand-edited address gets a message at its field instead of an error page.
 *
 * @param period {@code 30}, {@code 90}, {@code 365} (days up to today) or {@code custom}
 * (from, to); blank: 30
 * @param from the first day of a chosen period (ISO date)
 * @param to its last day
 * @param kind {@code TRIAL}, {@code PURCHASE} or blank (both)
 * @param agent a sales agent's id or blank (the partner's page only)
 * @param instance a cloud instance or blank (the back office only)
 */
public record PipelineFilterForm(String period, String from, String to, String kind, String agent, String instance) {

	/** The periods offered, in days up to today. */
	public static final List<String> PERIODS = List.of("30", "90", "365", "custom");

	/** The longest chosen period. */
	static final int MAX_DAYS = 3 * 366;

	static final String CUSTOM = "custom";

	private static final int MAX_LENGTH = 40;

	public PipelineFilterForm {
		period = isBlank(period) ? "30" : period.strip();
	}

	static PipelineFilterForm defaults() {
		return new PipelineFilterForm(null, null, null, null, null, null);
	}

	/**
	 * Checks every value; {@code agents} are the partner's sales agents (null: no agent
	 * may be named).
	 */
	void validate(Errors errors, LocalDate today, Collection<UUID> agents) {
		if (!PERIODS.contains(this.period)) {
			errors.rejectValue("period", "pipeline.filter.period.invalid");
		}
		else if (CUSTOM.equals(this.period)) {
			LocalDate first = date(this.from, "from", errors);
			LocalDate last = date(this.to, "to", errors);
			if (first != null && last != null) {
				if (last.isBefore(first)) {
					errors.rejectValue("to", "pipeline.filter.to.beforeFrom");
				}
				else if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
					errors.rejectValue("to", "pipeline.filter.tooLong", new Object[] { MAX_DAYS }, null);
				}
				else if (first.isAfter(today)) {
					errors.rejectValue("from", "pipeline.filter.from.future");
				}
			}
		}
		if (!isBlank(this.kind) && Arrays.stream(PipelineKind.values()).noneMatch((k) -> k.name().equals(this.kind))) {
			errors.rejectValue("kind", "pipeline.filter.kind.invalid");
		}
		if (!isBlank(this.agent)
				&& (agents == null || agents.stream().noneMatch((id) -> id.toString().equals(this.agent)))) {
			errors.rejectValue("agent", "pipeline.filter.agent.invalid");
		}
		if (!isBlank(this.instance)
				&& Arrays.stream(CloudInstance.values()).noneMatch((value) -> value.name().equals(this.instance))) {
			errors.rejectValue("instance", "pipeline.filter.instance.invalid");
		}
	}

	/**
	 * The filter, once {@link #validate} found nothing wrong: whole days in UTC, up to
	 * and including the last.
	 */
	FunnelFilter toFilter(LocalDate today) {
		LocalDate first;
		LocalDate last;
		if (CUSTOM.equals(this.period)) {
			first = LocalDate.parse(this.from.strip());
			last = LocalDate.parse(this.to.strip());
		}
		else {
			last = today;
			first = today.minusDays(Integer.parseInt(this.period) - 1L);
		}
		return new FunnelFilter(startOf(first), startOf(last.plusDays(1)),
				isBlank(this.kind) ? null : PipelineKind.valueOf(this.kind),
				isBlank(this.agent) ? null : UUID.fromString(this.agent));
	}

	CloudInstance cloudInstance() {
		return isBlank(this.instance) ? null : CloudInstance.valueOf(this.instance);
	}

	/**
	 * The first and last day of the period shown (for the page's heading).
	 */
	LocalDate firstDay(LocalDate today) {
		return CUSTOM.equals(this.period) ? LocalDate.parse(this.from.strip())
				: today.minusDays(Integer.parseInt(this.period) - 1L);
	}

	LocalDate lastDay(LocalDate today) {
		return CUSTOM.equals(this.period) ? LocalDate.parse(this.to.strip()) : today;
	}

	private static Instant startOf(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static LocalDate date(String value, String field, Errors errors) {
		if (isBlank(value)) {
			errors.rejectValue(field, "pipeline.filter." + field + ".required");
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			errors.rejectValue(field, "pipeline.filter.date.invalid");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2999) {
				errors.rejectValue(field, "pipeline.filter.date.invalid");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "pipeline.filter.date.invalid");
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
