package com.partnerportal.delegation;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner's sellers that a delegated admin started or ended. Listens in the
 * transaction of the change, so the mail is stored with it.
 */
@Component
class DelegatedAdminMails {

	private final Partners partners;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final MessageSource messages;

	private final PortalDates dates;

	DelegatedAdminMails(Partners partners, MailOutbox mailOutbox, PortalLinks links, MessageSource messages,
			PortalDates dates) {
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.messages = messages;
		this.dates = dates;
	}

	@EventListener
	void on(DelegatedAdminApproved event) {
		mailPartner(event, "delegated-admin-approved");
	}

	@EventListener
	void on(DelegatedAdminReplaced event) {
		mailPartner(event, "delegated-admin-replaced");
	}

	@EventListener
	void on(DelegatedAdminRemoved event) {
		mailPartner(event, "delegated-admin-removed");
	}

	/**
	 * The partner's sellers are told that the operator ended it, and why, in their
	 * language.
	 */
	@EventListener
	void on(DelegatedAdminEndedByOperator event) {
		UUID customerId = event.customerId();
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			String reason = this.messages.getMessage("delegation.operatorEnd.reason." + event.reason(), null,
					user.locale());
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), "delegated-admin-ended-by-operator",
					List.of(event.customerName()), user.displayName(), List.of(event.customerName(), reason),
					"mail.delegated-admin.action", this.links.absolute("/partner/customers/" + customerId)));
		}
	}

	/**
	 * The partner's sellers are told which roles the customer took back, in their
	 * language.
	 */
	@EventListener
	void on(DelegatedRolesTakenBack event) {
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), "delegated-admin-roles-taken-back",
					List.of(event.customerName()), user.displayName(),
					List.of(event.customerName(), roleNames(event.roles(), user.locale())),
					"mail.delegated-admin.action", this.links.absolute("/partner/customers/" + event.customerId())));
		}
	}

	@EventListener
	void on(DelegatedAdminAmended event) {
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			String end = (event.endsAt() != null) ? this.dates.date(event.endsAt(), user.locale())
					: this.messages.getMessage("delegation.relationship.noEnd", null, user.locale());
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), "delegated-admin-amended",
					List.of(event.customerName()), user.displayName(),
					List.of(event.customerName(), roleNames(event.roles(), user.locale()), end),
					"mail.delegated-admin.action", this.links.absolute("/partner/customers/" + event.customerId())));
		}
	}

	@EventListener
	void on(DelegatedAdminAmendmentRefused event) {
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), "delegated-admin-amendment-refused",
					List.of(event.customerName()), user.displayName(), List.of(event.customerName()),
					"mail.delegated-admin.action", this.links.absolute("/partner/customers/" + event.customerId())));
		}
	}

	private String roleNames(Set<DelegatedRole> roles, Locale locale) {
		return EnumSet.copyOf(roles)
			.stream()
			.map((role) -> this.messages.getMessage("delegation.role." + role, null, locale))
			.collect(Collectors.joining(", "));
	}

	private void mailPartner(DelegatedAdminChange event, String name) {
		UUID customerId = event.customerId();
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), name, List.of(event.customerName()),
					user.displayName(), List.of(event.customerName()), "mail.delegated-admin.action",
					this.links.absolute("/partner/customers/" + customerId)));
		}
	}

}
