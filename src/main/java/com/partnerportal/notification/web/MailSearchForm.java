package com.partnerportal.notification.web;

import java.util.Arrays;
import java.util.regex.Pattern;

import com.partnerportal.notification.MailSearch;
import com.partnerportal.notification.MailState;

import org.springframework.validation.Errors;

/**
 * The mail log's search, as typed: each value is checked here, so that a hand-edited
 * address gets a message at its field instead of an error page.
 */
record MailSearchForm(String recipient, String subject, String kind, String state) {

	/** A mail's kind is its name: lower-case words joined by hyphens. */
	private static final Pattern KIND = Pattern.compile("[a-z0-9-]{1,80}");

	void validate(Errors errors) {
		if (tooLong(this.recipient)) {
			errors.rejectValue("recipient", "mailLog.filter.tooLong", new Object[] { MailSearch.TEXT_MAX_LENGTH },
					null);
		}
		if (tooLong(this.subject)) {
			errors.rejectValue("subject", "mailLog.filter.tooLong", new Object[] { MailSearch.TEXT_MAX_LENGTH }, null);
		}
		if (!isBlank(this.kind) && !KIND.matcher(this.kind.strip()).matches()) {
			errors.rejectValue("kind", "mailLog.filter.kind.invalid");
		}
		if (!isBlank(this.state) && Arrays.stream(MailState.values()).noneMatch((s) -> s.name().equals(this.state))) {
			errors.rejectValue("state", "mailLog.filter.state.invalid");
		}
	}

	/**
	 * The search, once {@link #validate(Errors)} found nothing wrong.
	 */
	MailSearch toSearch() {
		return new MailSearch(this.recipient, this.subject, isBlank(this.kind) ? null : this.kind.strip(),
				isBlank(this.state) ? null : MailState.valueOf(this.state));
	}

	private static boolean tooLong(String value) {
		return value != null && value.strip().length() > MailSearch.TEXT_MAX_LENGTH;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
