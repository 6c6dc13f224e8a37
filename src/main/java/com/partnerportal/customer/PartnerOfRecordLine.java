package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A subscription a partner is Partner of Record for, as the back office's page of the
 * partner lists it.
 *
 * @param subscriptionId the subscription
 * @param customerId its customer
 * @param customerName the customer's name
 * @param offerCode its offer
 * @param status its status
 * @param licenseCount its licenses
 * @param createdAt when it started
 */
public record PartnerOfRecordLine(UUID subscriptionId, UUID customerId, String customerName, String offerCode,
		SubscriptionStatus status, int licenseCount, Instant createdAt) {

	public String offerNameKey() {
		return "catalog.offer." + this.offerCode + ".name";
	}

}
