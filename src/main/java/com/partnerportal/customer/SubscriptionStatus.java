package com.partnerportal.customer;

/**
 * Where a subscription stands.
 */
public enum SubscriptionStatus {

	TRIAL, ACTIVE, EXPIRED, CANCELLED

}
