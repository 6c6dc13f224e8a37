package com.partnerportal.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.NotFoundException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records a mail in the mail log within the caller's transaction: the mail exists exactly
 * when the change that causes it is committed. Delivery happens after commit.
 */
@Service
public class MailOutbox {

	private final MailMessageRepository messages;

	private final ITemplateEngine templates;

	private final MessageSource messageSource;

	private final MailDelivery delivery;

	private final Clock clock;

	MailOutbox(MailMessageRepository messages, ITemplateEngine templates, MessageSource messageSource,
			MailDelivery delivery, Clock clock) {
		this.messages = messages;
		this.templates = templates;
		this.messageSource = messageSource;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * The operator sends a failed mail again: a new mail in the outbox, delivered after
	 * commit as any other; the failed one points at it. Two resends at once end in one.
	 * @return the new mail's id
	 * @throws ConflictException if the mail has not failed or was resent already
	 */
	@Transactional
	public UUID resend(UUID mailId, Actor operator) {
		MailMessage failed = this.messages.findById(mailId).orElseThrow(() -> new NotFoundException("mail"));
		MailMessage again = failed.resend(operator, this.clock.instant());
		this.messages.saveAndFlush(failed);
		this.messages.save(again);
		deliverAfterCommit();
		return again.id();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(OutgoingMail mail) {
		Locale locale = mail.locale();
		Context context = new Context(locale, mail.variables());
		String html = this.templates.process("mail/" + mail.template(), context);
		String text = this.templates.process("mail/" + mail.template() + ".txt", context);
		String subject = this.messageSource.getMessage("mail." + mail.name() + ".subject",
				mail.subjectArguments().toArray(), locale);
		this.messages.save(new MailMessage(mail.recipient(), locale.getLanguage(), mail.name(), subject, html, text,
				this.clock.instant()));
		deliverAfterCommit();
	}

	private void deliverAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				MailOutbox.this.delivery.deliverSoon();
			}
		});
	}

}
