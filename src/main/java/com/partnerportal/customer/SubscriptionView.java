package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Money;

/**
 * A subscription as other modules see it. Paid subscriptions have a billing term, the
 * price per license agreed, and the date their term renews.
 */
public record SubscriptionView(UUID id, UUID customerId, String offerCode, SubscriptionStatus status, int licenseCount,
		BillingTerm billingTerm, Money unitPrice, Instant trialEndsAt, Instant activatedAt, Instant termEndsAt,
		UUID soldByPartnerId, UUID partnerOfRecordId, Instant createdAt) {

	public String offerNameKey() {
		return "catalog.offer." + this.offerCode + ".name";
	}

	/**
	 * What the subscription costs per term: the price per license times the licenses.
	 */
	public Money totalPerTerm() {
		return (this.unitPrice != null) ? this.unitPrice.times(this.licenseCount) : null;
	}

}
