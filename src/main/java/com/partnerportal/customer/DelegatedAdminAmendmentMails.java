package com.partnerportal.customer;

import java.util.List;

import com.partnerportal.delegation.DelegatedAdminAmendmentProposed;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer's admins, each in its language, that their delegated admin proposes
 * a change, with a link to the page that shows the difference (they sign in to answer).
 * Listens in the transaction of the proposal, so the mail is stored with it.
 */
@Component
class DelegatedAdminAmendmentMails {

	private final Tenants tenants;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	DelegatedAdminAmendmentMails(Tenants tenants, MailOutbox mailOutbox, PortalLinks links) {
		this.tenants = tenants;
		this.mailOutbox = mailOutbox;
		this.links = links;
	}

	@EventListener
	void on(DelegatedAdminAmendmentProposed event) {
		String link = this.links.absolute("/customer/partners/delegated-admin/amendments/" + event.amendmentId());
		for (CustomerContact admin : this.tenants.adminContacts(event.customerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(admin.email(), admin.locale(),
					"delegated-admin-amendment-proposed", List.of(event.partnerName()), admin.name(),
					List.of(event.partnerName()), "mail.delegated-admin-amendment-proposed.action", link));
		}
	}

}
