package com.partnerportal.notification;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A mail to queue. {@code name} says what the mail is: its subject is the message
 * {@code mail.<name>.subject} with the given arguments, and the mail log shows it. The
 * body is rendered from {@code templates/mail/<template>.html} and {@code .txt} in the
 * recipient's language.
 */
public record OutgoingMail(String recipient, Locale locale, String name, String template, List<Object> subjectArguments,
		Map<String, Object> variables) {

	/** The template of short notices: a greeting, one paragraph and a button. */
	static final String NOTICE = "notice";

	public OutgoingMail {
		subjectArguments = List.copyOf(subjectArguments);
		variables = Map.copyOf(variables);
	}

	/**
	 * A short notice: "Hello {greetingName}," then the message {@code mail.<name>.text}
	 * with {@code textArguments}, and a button with the message {@code actionKey} to
	 * {@code link}.
	 */
	public static OutgoingMail notice(String recipient, Locale locale, String name, List<Object> subjectArguments,
			String greetingName, List<Object> textArguments, String actionKey, String link) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("name", greetingName);
		variables.put("textKey", "mail." + name + ".text");
		variables.put("textArguments", textArguments.toArray());
		variables.put("actionKey", actionKey);
		variables.put("link", link);
		return new OutgoingMail(recipient, locale, name, NOTICE, subjectArguments, variables);
	}

	@Override
	public String toString() {
		return "OutgoingMail[" + this.name + " to " + this.recipient + ", subject arguments "
				+ Arrays.toString(this.subjectArguments.toArray()) + "]";
	}

}
