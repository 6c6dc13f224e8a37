package com.partnerportal.tenantadmin;

import java.util.UUID;

import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.customer.SubscriptionView;

/**
 * A subscription of the tenant and how many of its licenses are assigned.
 */
public record LicenseOption(SubscriptionView subscription, long used) {

	/**
	 * Licenses are assigned from trials and paid subscriptions only.
	 */
	public static boolean isAssignable(SubscriptionView subscription) {
		return subscription.status() == SubscriptionStatus.TRIAL || subscription.status() == SubscriptionStatus.ACTIVE;
	}

	public UUID id() {
		return this.subscription.id();
	}

	public int total() {
		return this.subscription.licenseCount();
	}

	public boolean isFull() {
		return this.used >= this.subscription.licenseCount();
	}

	public boolean isAssignable() {
		return isAssignable(this.subscription);
	}

	public String offerNameKey() {
		return this.subscription.offerNameKey();
	}

}
