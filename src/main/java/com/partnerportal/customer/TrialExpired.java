package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A trial ended without a purchase; {@code partnerId} is the partner that sold it, if
 * any.
 */
public record TrialExpired(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode, int licenseCount,
		Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
