package com.partnerportal.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the mail log; {@code resentAsId} is the new attempt of a failed mail the
 * operator sent again.
 */
public record MailLogEntry(UUID id, String recipient, String language, String template, String subject, MailState state,
		int attempts, String lastError, Instant createdAt, Instant deliveredAt, Instant nextAttemptAt,
		UUID resentAsId) {

	/**
	 * Whether the operator may send it again: it failed, and was not sent again yet.
	 */
	public boolean canResend() {
		return this.state == MailState.FAILED && this.resentAsId == null;
	}

}
