package com.partnerportal.leads;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails about a contact request, each queued in the transaction of its change: the
 * visitor's verification link (queued by {@link Leads} itself: the token is never in an
 * event), the partner's sellers told of a new request, and the customer told of the
 * answer, or of the expiry with a link to other partners for the same services.
 */
@Component
class LeadMails {

	static final String VERIFY = "lead-verify";

	static final String RECEIVED = "lead-received";

	static final String ACCEPTED = "lead-accepted";

	static final String DECLINED = "lead-declined";

	static final String EXPIRED = "lead-expired";

	private final LeadRepository leads;

	private final MailOutbox mailOutbox;

	private final Partners partners;

	private final PortalLinks links;

	private final MessageSource messages;

	private final LeadProperties properties;

	LeadMails(LeadRepository leads, MailOutbox mailOutbox, Partners partners, PortalLinks links, MessageSource messages,
			LeadProperties properties) {
		this.leads = leads;
		this.mailOutbox = mailOutbox;
		this.partners = partners;
		this.links = links;
		this.messages = messages;
		this.properties = properties;
	}

	void queueVerification(Lead lead, String partnerName, String token) {
		this.mailOutbox.queue(OutgoingMail.notice(lead.email(), locale(lead), VERIFY, List.of(partnerName),
				lead.contactName(), List.of(partnerName, this.properties.verificationValidity().toHours()),
				"mail.lead-verify.action", this.links.absolute("/marketplace/leads/verify/" + token)));
	}

	@EventListener
	void on(LeadReceived event) {
		Lead lead = this.leads.findById(event.leadId()).orElseThrow();
		String link = this.links.absolute("/partner/leads/" + lead.id());
		for (PartnerUserView seller : this.partners.sellers(lead.partnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(seller.email(), seller.locale(), RECEIVED,
					List.of(lead.companyName()), seller.displayName(),
					List.of(lead.contactName(), lead.companyName(), this.properties.answerWithin().toHours()),
					"mail.lead-received.action", link));
		}
	}

	@EventListener
	void on(LeadAnswered event) {
		Lead lead = this.leads.findById(event.leadId()).orElseThrow();
		String partnerName = partnerName(lead.partnerId());
		Locale locale = locale(lead);
		if (event.accepted()) {
			this.mailOutbox
				.queue(OutgoingMail.notice(lead.email(), locale, ACCEPTED, List.of(partnerName), lead.contactName(),
						List.of(partnerName), "mail.lead.action.marketplace", this.links.absolute("/marketplace")));
		}
		else {
			String reason = this.messages.getMessage("leads.declineReason." + lead.declineReason(), null, locale);
			this.mailOutbox
				.queue(OutgoingMail.notice(lead.email(), locale, DECLINED, List.of(partnerName), lead.contactName(),
						List.of(partnerName, reason), "mail.lead.action.otherPartners", otherPartnersLink(lead)));
		}
	}

	@EventListener
	void on(LeadExpired event) {
		Lead lead = this.leads.findById(event.leadId()).orElseThrow();
		String partnerName = partnerName(lead.partnerId());
		this.mailOutbox.queue(OutgoingMail.notice(lead.email(), locale(lead), EXPIRED, List.of(partnerName),
				lead.contactName(), List.of(partnerName), "mail.lead.action.otherPartners", otherPartnersLink(lead)));
	}

	/**
	 * The marketplace's search for the same services the customer asked for.
	 */
	String otherPartnersLink(Lead lead) {
		return this.links.absolute(otherPartnersPath(lead.serviceCodes()));
	}

	static String otherPartnersPath(List<String> serviceCodes) {
		return serviceCodes.isEmpty() ? "/marketplace"
				: serviceCodes.stream()
					.map((code) -> "service=" + code)
					.collect(Collectors.joining("&", "/marketplace?", ""));
	}

	private String partnerName(UUID partnerId) {
		return this.partners.names(List.of(partnerId)).getOrDefault(partnerId, "");
	}

	private static Locale locale(Lead lead) {
		return Locale.forLanguageTag(lead.language());
	}

}
