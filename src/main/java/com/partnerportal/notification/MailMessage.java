package com.partnerportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.ConflictException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One mail in the log: what was sent to whom, and how its delivery went.
 */
@Entity
@Table(name = "mail_message")
class MailMessage extends AggregateRoot<MailMessage> {

	static final int MAX_ATTEMPTS = 12;

	/**
	 * The token of an emailed link: 43 URL-safe characters after the path of each kind of
	 * link.
	 */
	private static final Pattern LINK_SECRET = Pattern.compile(
			"(/invitations/|/password/set/|/partners/apply/verify/|/partners/apply/changes/|/marketplace/leads/verify/)[A-Za-z0-9_-]{43}");

	static final String REDACTED = "(link-token-hidden)";

	@Id
	private UUID id;

	private String recipient;

	private String language;

	private String template;

	private String subject;

	private String htmlBody;

	private String textBody;

	@Enumerated(EnumType.STRING)
	private MailState state;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant deliveredAt;

	/** The new attempt this failed mail was resent as, if it was. */
	private UUID resentAsId;

	@Version
	private long version;

	protected MailMessage() {
	}

	MailMessage(String recipient, String language, String template, String subject, String htmlBody, String textBody,
			Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = recipient;
		this.language = language;
		this.template = template;
		this.subject = subject;
		this.htmlBody = htmlBody;
		this.textBody = textBody;
		this.state = MailState.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Taken by one delivery round until {@code leaseEnd}: no other round picks it up
	 * before then, and if the instance sending it dies, it is tried again after.
	 */
	void claim(Instant leaseEnd) {
		this.nextAttemptAt = leaseEnd;
	}

	/**
	 * Handed to the SMTP server. The mail's one-time links now live in the recipient's
	 * mailbox; the log keeps the mail without their secret part, so that no usable token
	 * stays at rest in the database.
	 */
	void delivered(Instant now) {
		this.state = MailState.SENT;
		this.attempts++;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
		this.lastError = null;
		this.htmlBody = withoutLinkSecrets(this.htmlBody);
		this.textBody = withoutLinkSecrets(this.textBody);
	}

	static String withoutLinkSecrets(String body) {
		return LINK_SECRET.matcher(body).replaceAll("$1" + REDACTED);
	}

	void logged(Instant now) {
		this.state = MailState.LOGGED;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
	}

	/**
	 * A failed attempt: try again later, waiting longer each time, until the attempts are
	 * used up.
	 */
	void failed(String error, Instant now) {
		this.attempts++;
		this.lastError = (error != null && error.length() > 500) ? error.substring(0, 500) : error;
		if (this.attempts >= MAX_ATTEMPTS) {
			this.state = MailState.FAILED;
			this.nextAttemptAt = null;
		}
		else {
			this.nextAttemptAt = now.plus(backoff(this.attempts));
		}
	}

	/**
	 * The operator sends a failed mail again: a new mail with the same content, delivered
	 * as any other. Only a failed mail, and only once; raises {@link MailResent}.
	 * @throws ConflictException if this mail has not failed or was resent already
	 */
	MailMessage resend(Actor operator, Instant now) {
		if (this.state != MailState.FAILED) {
			throw new ConflictException("mailLog.resend.notFailed");
		}
		if (this.resentAsId != null) {
			throw new ConflictException("mailLog.resend.alreadyResent");
		}
		MailMessage again = new MailMessage(this.recipient, this.language, this.template, this.subject, this.htmlBody,
				this.textBody, now);
		this.resentAsId = again.id;
		registerEvent(new MailResent(this.id, again.id, this.recipient, this.subject, operator, now));
		return again;
	}

	static Duration backoff(int attempts) {
		long seconds = Math.min(3600, 15L * (1L << Math.min(attempts - 1, 16)));
		return Duration.ofSeconds(seconds);
	}

	UUID id() {
		return this.id;
	}

	String recipient() {
		return this.recipient;
	}

	String subject() {
		return this.subject;
	}

	String htmlBody() {
		return this.htmlBody;
	}

	String textBody() {
		return this.textBody;
	}

	MailLogEntry toEntry() {
		return new MailLogEntry(this.id, this.recipient, this.language, this.template, this.subject, this.state,
				this.attempts, this.lastError, this.createdAt, this.deliveredAt, this.nextAttemptAt, this.resentAsId);
	}

}
