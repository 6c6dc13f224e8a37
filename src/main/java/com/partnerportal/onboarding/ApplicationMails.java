package com.partnerportal.onboarding;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalLinks;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The applicant's mails, in the language it applied in, stored with the change that
 * causes them: the verification link and the link to change named fields are queued by
 * the transaction that holds the new token (no token is in an event); the rejection is
 * queued by a listener in the transaction of the decision.
 */
@Component
class ApplicationMails {

	static final String VERIFY_PATH = "/partners/apply/verify/";

	static final String CHANGES_PATH = "/partners/apply/changes/";

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final MessageSource messages;

	ApplicationMails(MailOutbox mailOutbox, PortalLinks links, MessageSource messages) {
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.messages = messages;
	}

	void queueVerification(PartnerApplication application, String token) {
		this.mailOutbox.queue(OutgoingMail.notice(application.contactEmail(), locale(application.language()),
				"onboarding-verify", List.of(application.legalName()), application.contactName(),
				List.of(application.legalName(), application.domain()), "mail.onboarding.verify.action",
				this.links.absolute(VERIFY_PATH + token)));
	}

	void queueChangesRequested(PartnerApplication application, String note, String token) {
		Locale locale = locale(application.language());
		String fields = String.join(", ",
				application.requestedFields()
					.stream()
					.sorted()
					.map((field) -> this.messages.getMessage("onboarding.field." + field.name(), null, locale))
					.toList());
		this.mailOutbox.queue(OutgoingMail.notice(application.contactEmail(), locale, "onboarding-changes",
				List.of(application.legalName()), application.contactName(),
				List.of(fields, (note != null && !note.isBlank()) ? note : "-"), "mail.onboarding.changes.action",
				this.links.absolute(CHANGES_PATH + token)));
	}

	@EventListener
	void on(PartnerApplicationRejected event) {
		Locale locale = locale(event.language());
		String reason = this.messages.getMessage("onboarding.rejection." + event.reason().name(), null, locale);
		String date = DateTimeFormatter.ISO_LOCAL_DATE.format(event.reapplyAfter().atOffset(ZoneOffset.UTC));
		this.mailOutbox.queue(OutgoingMail.notice(event.contactEmail(), locale, "onboarding-rejected",
				List.of(event.legalName()), event.contactName(),
				List.of(event.legalName(), reason,
						(event.note() != null && !event.note().isBlank()) ? event.note() : "-", date),
				"mail.onboarding.rejected.action", this.links.absolute("/partners/apply")));
	}

	private static Locale locale(String language) {
		return SupportedLanguages.of(language);
	}

}
