package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A subscription changed: a trial started, was converted to a paid subscription, changed
 * licenses, or expired.
 */
public record SubscriptionEvent(Change change, UUID subscriptionId, UUID customerId, UUID partnerId, String offerCode,
		int licenseCount, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "SUBSCRIPTION_" + this.change.name();
	}

	@Override
	public UUID subjectId() {
		return this.subscriptionId;
	}

	@Override
	public String detail() {
		return this.offerCode + " × " + this.licenseCount;
	}

	/**
	 * What happened to the subscription.
	 */
	public enum Change {

		TRIAL_STARTED, CONVERTED_TO_PAID, LICENSES_CHANGED, PURCHASED, TRIAL_EXPIRED, PARTNER_OF_RECORD_DESIGNATED

	}

}
