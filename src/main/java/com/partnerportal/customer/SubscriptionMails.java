package com.partnerportal.customer;

import java.util.List;
import java.util.UUID;

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
 * The customer module's mails to partners and customers about subscriptions: a week
 * before a trial ends, and when a partner is made Partner of Record. Its listeners run in
 * the transaction that raised the event, so a mail is stored with the change that causes
 * it.
 */
@Component
class SubscriptionMails {

	private final MailOutbox mailOutbox;

	private final Tenants tenants;

	private final SubscriptionRepository subscriptions;

	private final Partners partners;

	private final PortalDates dates;

	private final PortalLinks links;

	private final MessageSource messages;

	SubscriptionMails(MailOutbox mailOutbox, Tenants tenants, SubscriptionRepository subscriptions, Partners partners,
			PortalDates dates, PortalLinks links, MessageSource messages) {
		this.mailOutbox = mailOutbox;
		this.tenants = tenants;
		this.subscriptions = subscriptions;
		this.partners = partners;
		this.dates = dates;
		this.links = links;
		this.messages = messages;
	}

	@EventListener
	void on(TrialEndingSoon event) {
		remind(subscription(event.customerId(), event.subscriptionId()),
				this.tenants.adminContacts(event.customerId()));
	}

	@EventListener
	void on(PartnerOfRecordDesignated event) {
		partnerOfRecordDesignated(subscription(event.customerId(), event.subscriptionId()),
				this.tenants.contact(event.customerId()), event.partnerId());
	}

	private SubscriptionView subscription(UUID customerId, UUID subscriptionId) {
		return this.subscriptions.findByIdAndCustomerId(subscriptionId, customerId).orElseThrow().toView();
	}

	private void remind(SubscriptionView trial, List<CustomerContact> admins) {
		for (CustomerContact admin : admins) {
			String offerName = this.messages.getMessage(trial.offerNameKey(), null, admin.locale());
			String endsAt = this.dates.date(trial.trialEndsAt(), admin.locale());
			this.mailOutbox.queue(OutgoingMail.notice(admin.email(), admin.locale(), "trial-ending-customer",
					List.of(offerName), admin.name(), List.of(offerName, endsAt), "mail.trial-ending-customer.action",
					this.links.absolute("/customer")));
		}
		if (admins.isEmpty()) {
			return;
		}
		CustomerContact customer = admins.get(0);
		if (trial.soldByPartnerId() == null) {
			return;
		}
		for (PartnerUserView seller : this.partners.sellers(trial.soldByPartnerId())) {
			this.mailOutbox.queue(OutgoingMail.notice(seller.email(), seller.locale(), "trial-ending-partner",
					List.of(customer.customerName()), seller.displayName(),
					List.of(customer.customerName(),
							this.messages.getMessage(trial.offerNameKey(), null, seller.locale()),
							this.dates.date(trial.trialEndsAt(), seller.locale())),
					"mail.trial-ending-partner.action",
					this.links.absolute("/partner/customers/" + trial.customerId())));
		}
	}

	/**
	 * Tells the partner's sellers that a customer made them Partner of Record.
	 */
	private void partnerOfRecordDesignated(SubscriptionView subscription, CustomerContact customer, UUID partnerId) {
		for (PartnerUserView seller : this.partners.sellers(partnerId)) {
			String offerName = this.messages.getMessage(subscription.offerNameKey(), null, seller.locale());
			this.mailOutbox.queue(OutgoingMail.notice(seller.email(), seller.locale(), "partner-of-record-designated",
					List.of(customer.customerName()), seller.displayName(), List.of(customer.customerName(), offerName),
					"mail.partner-of-record-designated.action", this.links.absolute("/partner/partner-of-record")));
		}
	}

}
