package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A trial ends within the reminder period and nobody has been told yet: the customer and
 * the partner that sold it are mailed.
 */
public record TrialEndingSoon(UUID subscriptionId, UUID customerId, UUID soldByPartnerId, String offerCode,
		Instant trialEndsAt, Instant occurredAt) {

}
