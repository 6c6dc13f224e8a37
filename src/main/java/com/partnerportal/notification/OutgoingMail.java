package com.partnerportal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mail to queue: rendered from {@code templates/mail/<template>.html} and {@code .txt}
 * in the recipient's language; the subject is the message {@code mail.<template>.subject}
 * with the given arguments.
 */
public record OutgoingMail(String recipient, Locale locale, String template, List<Object> subjectArguments,
		Map<String, Object> variables) {

	public OutgoingMail {
		subjectArguments = List.copyOf(subjectArguments);
		variables = Map.copyOf(variables);
	}

}
