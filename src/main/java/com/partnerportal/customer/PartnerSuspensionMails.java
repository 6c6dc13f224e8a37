package com.partnerportal.customer;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerStandingChanged;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;

/**
 * Tells each customer administered by a partner that the operator suspended (its
 * delegated access stopped), in the customer's language. Lives here because the customer
 * module knows the partner's customers and reads delegation; it listens in the
 * transaction of the suspension, so the mails are stored with it.
 */
@Component
class PartnerSuspensionMails {

	private static final int BATCH = 200;

	private final Tenants tenants;

	private final DelegatedAdmins delegatedAdmins;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	PartnerSuspensionMails(Tenants tenants, DelegatedAdmins delegatedAdmins, MailOutbox mailOutbox, PortalLinks links) {
		this.tenants = tenants;
		this.delegatedAdmins = delegatedAdmins;
		this.mailOutbox = mailOutbox;
		this.links = links;
	}

	@EventListener
	void on(PartnerStandingChanged event) {
		if (event.to() != Standing.SUSPENDED) {
			return;
		}
		Pageable page = PageRequest.of(0, BATCH);
		while (true) {
			Slice<CustomerSummary> customers = this.tenants.customersOf(event.partnerId(), page);
			List<UUID> ids = customers.stream().map((summary) -> summary.customer().id()).toList();
			for (UUID customerId : this.delegatedAdmins.administeredBy(event.partnerId(), ids)) {
				for (CustomerContact contact : this.tenants.adminContacts(customerId)) {
					this.mailOutbox
						.queue(OutgoingMail.notice(contact.email(), contact.locale(), "partner-suspended-customer",
								List.of(event.partnerName()), contact.name(), List.of(event.partnerName()),
								"mail.partner-suspended-customer.action", this.links.absolute("/customer/partners")));
				}
			}
			if (!customers.hasNext()) {
				return;
			}
			page = customers.nextPageable();
		}
	}

}
