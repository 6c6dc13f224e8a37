package com.partnerportal.notification;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The operator sent a failed mail again, as a new mail in the outbox.
 */
public record MailResent(UUID mailId, UUID newMailId, String recipient, String subject, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "MAIL_RESENT";
	}

	@Override
	public UUID partnerId() {
		return null;
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.mailId;
	}

	@Override
	public String detail() {
		return this.recipient + ": " + this.subject;
	}

}
