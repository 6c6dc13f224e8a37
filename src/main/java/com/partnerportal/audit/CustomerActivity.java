package com.partnerportal.audit;

import com.partnerportal.customer.LicensesChanged;
import com.partnerportal.customer.PartnerOfRecordDesignated;
import com.partnerportal.customer.SubscriptionChanged;
import com.partnerportal.customer.SubscriptionPurchased;
import com.partnerportal.customer.TenantCreated;
import com.partnerportal.customer.TrialConverted;
import com.partnerportal.customer.TrialExpired;
import com.partnerportal.customer.TrialStarted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The activity log's entries for the customer module's events: tenants created and every
 * change of a subscription. Recorded after commit through the event publication registry,
 * retried if recording failed. The action names are the ones the log has always stored
 * (they are filter values and message keys).
 */
@Component
class CustomerActivity {

	private final AuditEntryRepository entries;

	CustomerActivity(AuditEntryRepository entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(TenantCreated event) {
		this.entries.save(new AuditEntry(event.occurredAt(), event.actor(), event.partnerId(), event.customerId(),
				"CUSTOMER_TENANT_CREATED", event.customerId(), event.name() + " (" + event.domain() + ")"));
	}

	@ApplicationModuleListener
	void on(TrialStarted event) {
		record(event, "SUBSCRIPTION_TRIAL_STARTED");
	}

	@ApplicationModuleListener
	void on(SubscriptionPurchased event) {
		record(event, "SUBSCRIPTION_PURCHASED");
	}

	@ApplicationModuleListener
	void on(TrialConverted event) {
		record(event, "SUBSCRIPTION_CONVERTED_TO_PAID");
	}

	@ApplicationModuleListener
	void on(LicensesChanged event) {
		record(event, "SUBSCRIPTION_LICENSES_CHANGED");
	}

	@ApplicationModuleListener
	void on(TrialExpired event) {
		record(event, "SUBSCRIPTION_TRIAL_EXPIRED");
	}

	@ApplicationModuleListener
	void on(PartnerOfRecordDesignated event) {
		record(event, "SUBSCRIPTION_PARTNER_OF_RECORD_DESIGNATED");
	}

	/**
	 * A subscription's entry: its offer and license count, as {@link ActivityDetails}
	 * reads them back.
	 */
	private void record(SubscriptionChanged event, String action) {
		this.entries.save(new AuditEntry(event.occurredAt(), event.actor(), event.partnerId(), event.customerId(),
				action, event.subscriptionId(), event.offerCode() + " × " + event.licenseCount()));
	}

}
