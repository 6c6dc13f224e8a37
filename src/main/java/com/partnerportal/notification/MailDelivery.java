package com.partnerportal.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the mails of the log: right after the commit that queued them, and again by a
 * scheduled job for those that failed (with back-off) or were left behind. With no SMTP
 * server configured, mails are only recorded: the mail log is where they are read.
 * <p>
 * One mail at a time: claim it (a lease, committed), send it outside any transaction, and
 * record the outcome in a new transaction. No row lock is held while SMTP talks, and an
 * instance that dies mid-send leaves at most that one mail to be sent again once its
 * lease runs out. SMTP has connect, read and write timeouts
 * ({@code spring.mail.properties.mail.smtp.*timeout}).
 */
@Component
class MailDelivery {

	private static final Logger logger = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 20;

	private final MailMessageRepository messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final TransactionTemplate transactions;

	private final Executor executor;

	private final Clock clock;

	private final String from;

	private final Duration lease;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean requested = new AtomicBoolean();

	MailDelivery(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
			@Value("${portal.mail.from:Partner Portal <no-reply@partnerportal.example>}") String from,
			@Value("${portal.mail.lease:PT5M}") Duration lease) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.executor = executor;
		this.clock = clock;
		this.from = from;
		this.lease = lease;
	}

	/**
	 * Starts a delivery round on another thread; the request that queued the mail does
	 * not wait for SMTP.
	 */
	void deliverSoon() {
		this.executor.execute(this::deliverDue);
	}

	/**
	 * The retry job only hands the round to the task executor: the scheduler's thread,
	 * shared with the other jobs, never waits on SMTP.
	 */
	@Scheduled(fixedDelayString = "${portal.mail.retry-interval:PT10S}",
			initialDelayString = "${portal.mail.retry-interval:PT10S}")
	void deliverDueLater() {
		deliverSoon();
	}

	void deliverDue() {
		this.requested.set(true);
		if (!this.running.compareAndSet(false, true)) {
			// the running round picks the request up
			return;
		}
		try {
			while (this.requested.getAndSet(false)) {
				while (deliverBatch() == BATCH) {
					// more may be due
				}
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Mail delivery round failed: {}", ex.toString());
		}
		finally {
			this.running.set(false);
		}
	}

	private int deliverBatch() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return recordBatch();
		}
		int delivered = 0;
		while (delivered < BATCH && deliverOne(sender)) {
			delivered++;
		}
		return delivered;
	}

	/**
	 * Without a mail server, due mails are only marked as recorded: nothing is sent.
	 */
	private int recordBatch() {
		Integer count = this.transactions.execute((status) -> {
			List<MailMessage> due = this.messages.claimDue(this.clock.instant(), BATCH);
			due.forEach((message) -> message.logged(this.clock.instant()));
			return due.size();
		});
		return (count != null) ? count : 0;
	}

	/**
	 * Claims one due mail, sends it, records the outcome.
	 * @return whether a mail was due
	 */
	private boolean deliverOne(JavaMailSender sender) {
		ClaimedMail mail = this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<MailMessage> due = this.messages.claimDue(now, 1);
			if (due.isEmpty()) {
				return null;
			}
			MailMessage message = due.get(0);
			message.claim(now.plus(this.lease));
			return new ClaimedMail(message.id(), message.recipient(), message.subject(), message.textBody(),
					message.htmlBody());
		});
		if (mail == null) {
			return false;
		}
		String error = send(sender, mail);
		this.transactions.executeWithoutResult((status) -> this.messages.findById(mail.id()).ifPresent((message) -> {
			if (error == null) {
				message.delivered(this.clock.instant());
			}
			else {
				message.failed(error, this.clock.instant());
			}
		}));
		return true;
	}

	/**
	 * Sends outside any transaction.
	 * @return the error, or {@code null} once the SMTP server took the mail
	 */
	private String send(JavaMailSender sender, ClaimedMail mail) {
		try {
			sender.send(toMime(sender, mail));
			return null;
		}
		catch (MailException | MessagingException ex) {
			logger.warn("Delivery of mail {} failed: {}", mail.id(), ex.getMessage());
			return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		}
	}

	private MimeMessage toMime(JavaMailSender sender, ClaimedMail mail) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.textBody(), mail.htmlBody());
		return mime;
	}

	/**
	 * What is sent, read in the claiming transaction.
	 */
	private record ClaimedMail(UUID id, String recipient, String subject, String textBody, String htmlBody) {
	}

}
