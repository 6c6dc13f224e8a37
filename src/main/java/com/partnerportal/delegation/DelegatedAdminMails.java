package com.partnerportal.delegation;

import java.util.List;
import java.util.UUID;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalLinks;

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

	DelegatedAdminMails(Partners partners, MailOutbox mailOutbox, PortalLinks links) {
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.links = links;
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

	private void mailPartner(DelegatedAdminChange event, String name) {
		UUID customerId = event.customerId();
		for (PartnerUserView user : this.partners.sellers(event.partnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(), name, List.of(event.customerName()),
					user.displayName(), List.of(event.customerName()), "mail.delegated-admin.action",
					this.links.absolute("/partner/customers/" + customerId)));
		}
	}

}
