package com.partnerportal.notification;

/**
 * What the back office looks for in the mail log: a part of the recipient's address, a
 * part of the subject, a kind (the mail's name, such as {@code trial-invitation}) and a
 * delivery state; each blank or null for any.
 */
public record MailSearch(String recipient, String subject, String kind, MailState state) {

	/** The longest search text. */
	public static final int TEXT_MAX_LENGTH = 200;

}
