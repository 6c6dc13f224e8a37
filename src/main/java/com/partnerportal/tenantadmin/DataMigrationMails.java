package com.partnerportal.tenantadmin;

import java.util.List;

import com.partnerportal.customer.CustomerContact;
import com.partnerportal.customer.Tenants;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mail to the customer's admin when the back office moves one of its data migrations
 * on, in the admin's language, queued in the transaction of the change.
 */
@Component
class DataMigrationMails {

	static final String STATE_CHANGED = "data-migration-state-changed";

	static final String ACTION = "mail.data-migration.action";

	private final MailOutbox mailOutbox;

	private final Tenants customerTenants;

	private final PortalLinks links;

	private final MessageSource messages;

	DataMigrationMails(MailOutbox mailOutbox, Tenants customerTenants, PortalLinks links, MessageSource messages) {
		this.mailOutbox = mailOutbox;
		this.customerTenants = customerTenants;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void on(DataMigrationStateChanged event) {
		String link = this.links.absolute("/tenants/" + event.customerId() + "/migrations/" + event.migrationId());
		for (CustomerContact contact : this.customerTenants.adminContacts(event.customerId())) {
			String state = this.messages.getMessage("tenant.migration.state." + event.state(), null, contact.locale());
			this.mailOutbox.queue(OutgoingMail.notice(contact.email(), contact.locale(), STATE_CHANGED, List.of(state),
					contact.name(), List.of(event.summary(), contact.customerName(), state), ACTION, link));
		}
	}

}
