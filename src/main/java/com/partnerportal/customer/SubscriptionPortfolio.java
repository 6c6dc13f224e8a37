package com.partnerportal.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A customer's subscriptions, locked for one purchase. It decides which subscription a
 * purchased line updates: a running trial of the offer becomes the paid subscription (the
 * same one), a paid subscription of the offer takes the new license count and term,
 * otherwise a new paid subscription starts.
 */
final class SubscriptionPortfolio {

	private final UUID customerId;

	private final List<Subscription> subscriptions;

	SubscriptionPortfolio(UUID customerId, List<Subscription> subscriptions) {
		this.customerId = customerId;
		this.subscriptions = new ArrayList<>(subscriptions);
	}

	/**
	 * Applies one purchased line and returns the subscription it updated or started (a
	 * new one is not saved yet).
	 */
	Subscription purchase(PaidLine line, UUID partnerId, Actor actor, Instant now) {
		for (Subscription subscription : this.subscriptions) {
			if (subscription.offerCode().equals(line.offerCode())
					&& (subscription.isRunningTrial() || subscription.isPaid())) {
				subscription.purchase(line, partnerId, actor, now);
				return subscription;
			}
		}
		Subscription started = Subscription.paid(this.customerId, line, partnerId, actor, now);
		this.subscriptions.add(started);
		return started;
	}

}
