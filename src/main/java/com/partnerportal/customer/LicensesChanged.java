package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer bought an offer it already paid for: the subscription took the new license
 * count and term.
 */
public record LicensesChanged(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode, int licenseCount,
		Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
