package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer credited a partner ({@code partnerId}) for one of its subscriptions.
 */
public record PartnerOfRecordDesignated(UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode,
		int licenseCount, Actor actor, Instant occurredAt) implements SubscriptionChanged {

}
