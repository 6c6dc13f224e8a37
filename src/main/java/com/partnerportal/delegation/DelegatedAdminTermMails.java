package com.partnerportal.delegation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partner's admins, each in its language, that a delegated admin ends soon, has
 * ended at its end date, or was extended (the customer is told by the customer module).
 * Listens in the transaction of the job's step, so the mail is stored with it; the link
 * goes to the partner's page of the customer.
 */
@Component
class DelegatedAdminTermMails {

	private final Partners partners;

	private final MailOutbox mailOutbox;

	private final PortalDates dates;

	private final PortalLinks links;

	DelegatedAdminTermMails(Partners partners, MailOutbox mailOutbox, PortalDates dates, PortalLinks links) {
		this.partners = partners;
		this.mailOutbox = mailOutbox;
		this.dates = dates;
		this.links = links;
	}

	@EventListener
	void on(DelegatedAdminEndApproaching event) {
		mail(event.partnerId(), event.customerId(),
				event.autoExtend() ? "delegated-admin-extending-partner" : "delegated-admin-ending-partner",
				event.customerName(), event.endsAt());
	}

	@EventListener
	void on(DelegatedAdminExpired event) {
		mail(event.partnerId(), event.customerId(), event.extensionRefused()
				? "delegated-admin-expired-not-extended-partner" : "delegated-admin-expired-partner",
				event.customerName(), event.endsAt());
	}

	@EventListener
	void on(DelegatedAdminExtended event) {
		mail(event.partnerId(), event.customerId(), "delegated-admin-extended-partner", event.customerName(),
				event.endsAt());
	}

	private void mail(UUID partnerId, UUID customerId, String name, String customerName, Instant date) {
		String link = this.links.absolute("/partner/customers/" + customerId);
		for (PartnerUserView admin : this.partners.admins(partnerId)) {
			String day = this.dates.date(date, admin.locale());
			this.mailOutbox.queue(OutgoingMail.notice(admin.email(), admin.locale(), name, List.of(customerName, day),
					admin.displayName(), List.of(customerName, day), "mail.delegated-admin-term.partner-action", link));
		}
	}

}
