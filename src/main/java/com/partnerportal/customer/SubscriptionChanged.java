package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * What every fact about a subscription tells: which subscription, whose, which partner
 * was involved, the offer and its license count at that moment, who did it and when. Ids
 * and codes only, never a secret: these events are stored in the event publication
 * registry.
 */
public sealed interface SubscriptionChanged permits TrialStarted, SubscriptionPurchased, TrialConverted,
		LicensesChanged, TrialExpired, PartnerOfRecordDesignated {

	UUID subscriptionId();

	UUID customerId();

	UUID partnerId();

	String offerCode();

	int licenseCount();

	Actor actor();

	Instant occurredAt();

}
