package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A trial of an offer started for a customer, sold by {@code partnerId}.
 */
public record TrialStarted(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode, int licenseCount,
		Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
