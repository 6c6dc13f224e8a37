package com.partnerportal.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

import com.partnerportal.audit.ActivitySearch;

import org.springframework.validation.Errors;

/**
 * The back office's activity-log filters, as typed: each value is checked here, so that a
 * hand-edited address (a malformed date or id, a period that ends before it starts) gets
 * a message at its field, never an error page.
 *
 * @param actor a part of the actor's name
 * @param partner a partner's id
 * @param customer a customer's id
 * @param action an action code, such as {@code DELEGATED_ADMIN_REMOVED}
 * @param from the first day, {@code yyyy-MM-dd}
 * @param to the last day, {@code yyyy-MM-dd}
 */
record ActivitySearchForm(String actor, String partner, String customer, String action, String from, String to) {

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

	void validate(Errors errors) {
		if (this.actor != null && this.actor.strip().length() > ActivitySearch.ACTOR_MAX_LENGTH) {
			errors.rejectValue("actor", "activityLog.filter.actor.tooLong",
					new Object[] { ActivitySearch.ACTOR_MAX_LENGTH }, null);
		}
		if (!isBlank(this.partner) && uuid(this.partner) == null) {
			errors.rejectValue("partner", "activityLog.filter.id.invalid");
		}
		if (!isBlank(this.customer) && uuid(this.customer) == null) {
			errors.rejectValue("customer", "activityLog.filter.id.invalid");
		}
		if (!isBlank(this.action) && !ACTION.matcher(this.action.strip()).matches()) {
			errors.rejectValue("action", "activityLog.filter.action.invalid");
		}
		LocalDate first = null;
		LocalDate last = null;
		if (!isBlank(this.from)) {
			first = date(this.from);
			if (first == null) {
				errors.rejectValue("from", "activityLog.filter.date.invalid");
			}
		}
		if (!isBlank(this.to)) {
			last = date(this.to);
			if (last == null) {
				errors.rejectValue("to", "activityLog.filter.date.invalid");
			}
		}
		if (first != null && last != null && first.isAfter(last)) {
			errors.rejectValue("to", "activityLog.filter.to.beforeFrom");
		}
	}

	/**
	 * The search, once {@link #validate(Errors)} found nothing wrong.
	 */
	ActivitySearch toSearch() {
		return new ActivitySearch(isBlank(this.actor) ? null : this.actor.strip(),
				isBlank(this.partner) ? null : uuid(this.partner), isBlank(this.customer) ? null : uuid(this.customer),
				isBlank(this.action) ? null : this.action.strip(), isBlank(this.from) ? null : date(this.from),
				isBlank(this.to) ? null : date(this.to));
	}

	private static UUID uuid(String value) {
		String text = value.strip();
		if (text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static LocalDate date(String value) {
		String text = value.strip();
		if (text.length() != 10) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			return (date.getYear() >= 2000 && date.getYear() <= 9999) ? date : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
