package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer bought an offer it had no running trial or paid subscription of: a new paid
 * subscription.
 */
public record SubscriptionPurchased(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode,
		int licenseCount, Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
