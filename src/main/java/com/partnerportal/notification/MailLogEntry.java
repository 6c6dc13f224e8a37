package com.partnerportal.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A line of the mail log.
 */
public record MailLogEntry(UUID id, String recipient, String language, String template, String subject, MailState state,
		int attempts, String lastError, Instant createdAt, Instant deliveredAt, Instant nextAttemptAt) {

}
