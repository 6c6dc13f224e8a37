package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer bought an offer it had a running trial of: the trial became the paid
 * subscription (the same one).
 */
public record TrialConverted(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode, int licenseCount,
		Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
