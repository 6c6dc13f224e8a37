package com.partnerportal.invitation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;
import com.partnerportal.platform.PortalMoney;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The invitation's mails. The customer's mail with the link is rendered by the use case
 * that holds the new token (the token is in no event); the partner's notices of how the
 * customer decided are queued by listeners that run in the transaction of the change, so
 * the mail is stored with it.
 */
@Component
class InvitationMails {

	private final InvitationRepository invitations;

	private final Catalog catalog;

	private final Partners partners;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final PortalDates dates;

	private final PortalMoney money;

	private final MessageSource messages;

	InvitationMails(InvitationRepository invitations, Catalog catalog, Partners partners, MailOutbox mailOutbox,
			PortalLinks links, PortalDates dates, PortalMoney money, MessageSource messages) {
		this.invitations = invitations;
		this.catalog = catalog;
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.dates = dates;
		this.money = money;
		this.messages = messages;
	}

	/**
	 * The customer's mail with the link, for a new invitation or a new link.
	 */
	void queueInvitation(Invitation invitation, PartnerView partner, String token) {
		queueLinkMail(invitation, partner, token, "");
	}

	/**
	 * The reminder of an offer about to expire, with a fresh link.
	 */
	void queueReminder(Invitation invitation, PartnerView partner, String token) {
		queueLinkMail(invitation, partner, token, "-reminder");
	}

	@EventListener
	void on(InvitationAccepted event) {
		queuePartnerNotice(event, "-accepted", (event.newTenantDomain() != null) ? event.newTenantDomain() : "");
	}

	@EventListener
	void on(InvitationDeclined event) {
		queuePartnerNotice(event, "-declined", "");
	}

	@EventListener
	void on(InvitationExpired event) {
		queuePartnerNotice(event, "-expired", "");
	}

	private void queueLinkMail(Invitation invitation, PartnerView partner, String token, String variant) {
		Locale locale = SupportedLanguages.of(invitation.language());
		Map<String, Object> variables = new HashMap<>();
		variables.put("partnerName", partner.name());
		variables.put("contactName", invitation.contactName());
		variables.put("companyName", invitation.companyName());
		variables.put("personalMessage", (invitation.personalMessage() != null) ? invitation.personalMessage() : "");
		variables.put("expiresAt", this.dates.dateTime(invitation.expiresAt(), locale));
		variables.put("link", this.links.absolute("/invitations/" + token));
		variables.put("existingCustomer", invitation.isForExistingCustomer());
		variables.put("delegatedAdmin", invitation.isDelegatedAdminRequested());
		String name = invitation.kind().mailTemplate() + variant;
		variables.put("introKey", "mail." + name + ".intro");
		if (invitation.kind() == InvitationKind.DELEGATED_ADMIN) {
			variables.put("offers", List.of());
		}
		else if (invitation.kind() == InvitationKind.TRIAL) {
			Map<String, OfferView> offers = this.catalog.offersByCode();
			variables.put("offers", invitation.offerCodes().stream().map(offers::get).toList());
		}
		else {
			PurchaseQuote quote = invitation.quote();
			variables.put("lines", quote.lines().stream().map((line) -> mailLine(line, locale)).toList());
			variables.put("perMonth", this.money.format(quote.perMonth(), locale));
			variables.put("perYear", this.money.format(quote.perYear(), locale));
		}
		this.mailOutbox.queue(new OutgoingMail(invitation.email(), locale, name, invitation.kind().mailTemplate(),
				List.of(partner.name()), variables));
	}

	private MailLine mailLine(QuoteLine line, Locale locale) {
		return new MailLine(this.messages.getMessage(line.offerNameKey(), null, locale), line.quantity(),
				this.messages.getMessage("billingTerm." + line.billingTerm(), null, locale),
				this.money.format(line.unitPrice(), locale), this.money.format(line.total(), locale));
	}

	/**
	 * Tells the partner user who sent the invitation how it ended.
	 */
	private void queuePartnerNotice(InvitationLifecycleEvent event, String outcome, String tenantDomain) {
		Invitation invitation = this.invitations.findById(event.invitationId()).orElseThrow();
		Optional<PartnerUserView> sender = this.partners.user(invitation.sentByUserId());
		if (sender.isEmpty()) {
			return;
		}
		PartnerUserView user = sender.get();
		this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(),
				invitation.kind().mailTemplate() + outcome, List.of(invitation.companyName()), user.displayName(),
				List.of(invitation.companyName(), invitation.contactName(), invitation.email(), tenantDomain),
				"mail.partner.action", this.links.absolute("/partner/invitations/" + invitation.id())));
	}

}
