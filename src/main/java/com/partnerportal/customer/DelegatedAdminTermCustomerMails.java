package com.partnerportal.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdminEndApproaching;
import com.partnerportal.delegation.DelegatedAdminExpired;
import com.partnerportal.delegation.DelegatedAdminExtended;
import com.partnerportal.delegation.DelegatedAdminNarrowingSuggested;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every admin of the customer, each in its language, that its delegated admin ends
 * soon, has ended at its end date, or was extended, and (once, for a relationship from
 * before end dates existed) that it can narrow it; the partner is told by the delegation
 * module. Listens in the transaction of the job's step, so the mail is stored with it;
 * the link goes to the customer's page of its partners.
 */
@Component
class DelegatedAdminTermCustomerMails {

	private static final String PARTNERS_PAGE = "/customer/partners";

	private final Tenants tenants;

	private final MailOutbox mailOutbox;

	private final PortalDates dates;

	private final PortalLinks links;

	DelegatedAdminTermCustomerMails(Tenants tenants, MailOutbox mailOutbox, PortalDates dates, PortalLinks links) {
		this.tenants = tenants;
		this.mailOutbox = mailOutbox;
		this.dates = dates;
		this.links = links;
	}

	@EventListener
	void on(DelegatedAdminEndApproaching event) {
		mail(event.customerId(),
				event.autoExtend() ? "delegated-admin-extending-customer" : "delegated-admin-ending-customer",
				event.partnerName(), event.endsAt());
	}

	@EventListener
	void on(DelegatedAdminExpired event) {
		mail(event.customerId(), event.extensionRefused() ? "delegated-admin-expired-not-extended-customer"
				: "delegated-admin-expired-customer", event.partnerName(), event.endsAt());
	}

	@EventListener
	void on(DelegatedAdminExtended event) {
		mail(event.customerId(), "delegated-admin-extended-customer", event.partnerName(), event.endsAt());
	}

	@EventListener
	void on(DelegatedAdminNarrowingSuggested event) {
		mail(event.customerId(), "delegated-admin-narrowing-customer", event.partnerName(), null);
	}

	private void mail(UUID customerId, String name, String partnerName, Instant date) {
		String link = this.links.absolute(PARTNERS_PAGE);
		for (CustomerContact admin : this.tenants.adminContacts(customerId)) {
			String day = this.dates.date(date, admin.locale());
			this.mailOutbox.queue(OutgoingMail.notice(admin.email(), admin.locale(), name, List.of(partnerName, day),
					admin.name(), List.of(partnerName, day), "mail.delegated-admin-term.customer-action", link));
		}
	}

}
