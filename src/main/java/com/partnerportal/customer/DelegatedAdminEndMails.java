package com.partnerportal.customer;

import java.util.List;

import com.partnerportal.delegation.DelegatedAdminEndedByOperator;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the customer, in its language, that the operator ended its partner's delegated
 * admin, and why (the partner is told by the delegation module). Listens in the
 * transaction of the change, so the mail is stored with it.
 */
@Component
class DelegatedAdminEndMails {

	private final Tenants tenants;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final MessageSource messages;

	DelegatedAdminEndMails(Tenants tenants, MailOutbox mailOutbox, PortalLinks links, MessageSource messages) {
		this.tenants = tenants;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void on(DelegatedAdminEndedByOperator event) {
		for (CustomerContact customer : this.tenants.adminContacts(event.customerId())) {
			String reason = this.messages.getMessage("delegation.operatorEnd.reason." + event.reason(), null,
					customer.locale());
			this.mailOutbox.queue(OutgoingMail.notice(customer.email(), customer.locale(),
					"delegated-admin-ended-by-operator-customer", List.of(event.partnerName()), customer.name(),
					List.of(event.partnerName(), reason), "mail.delegated-admin-ended-by-operator-customer.action",
					this.links.absolute("/customer/partners")));
		}
	}

}
