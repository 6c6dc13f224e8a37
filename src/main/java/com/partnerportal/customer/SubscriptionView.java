package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription as other modules see it.
 */
public record SubscriptionView(UUID id, UUID customerId, String offerCode, SubscriptionStatus status, int licenseCount,
		String billingTerm, Instant trialEndsAt, UUID soldByPartnerId, UUID partnerOfRecordId, Instant createdAt) {

	public String offerNameKey() {
		return "catalog.offer." + this.offerCode + ".name";
	}

}
