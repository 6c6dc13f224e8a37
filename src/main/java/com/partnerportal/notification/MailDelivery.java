package com.partnerportal.notification;

import java.time.Clock;
import java.util.List;
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

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean requested = new AtomicBoolean();

	MailDelivery(MailMessageRepository messages, ObjectProvider<JavaMailSender> mailSender,
			TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") Executor executor, Clock clock,
			@Value("${portal.mail.from:Partner Portal <no-reply@partnerportal.example>}") String from) {
		this.messages = messages;
		this.mailSender = mailSender;
		this.transactions = transactions;
		this.executor = executor;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Starts a delivery round on another thread; the request that queued the mail does
	 * not wait for SMTP.
	 */
	void deliverSoon() {
		this.executor.execute(this::deliverDue);
	}

	@Scheduled(fixedDelayString = "${portal.mail.retry-interval:PT10S}",
			initialDelayString = "${portal.mail.retry-interval:PT10S}")
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
		Integer count = this.transactions.execute((status) -> {
			List<MailMessage> due = this.messages.claimDue(this.clock.instant(), BATCH);
			JavaMailSender sender = this.mailSender.getIfAvailable();
			for (MailMessage message : due) {
				if (sender == null) {
					message.logged(this.clock.instant());
					continue;
				}
				try {
					sender.send(toMime(sender, message));
					message.delivered(this.clock.instant());
				}
				catch (MailException | MessagingException ex) {
					logger.warn("Delivery of mail {} failed: {}", message.id(), ex.getMessage());
					message.failed(ex.getMessage(), this.clock.instant());
				}
			}
			return due.size();
		});
		return (count != null) ? count : 0;
	}

	private MimeMessage toMime(JavaMailSender sender, MailMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setText(message.textBody(), message.htmlBody());
		return mime;
	}

}
