package com.partnerportal.review;

/**
 * Why the back office rejected a review; the customer is told.
 */
public enum RejectReason {

	OFF_TOPIC, ABUSIVE, PERSONAL_DATA, NOT_A_CUSTOMER_EXPERIENCE, OTHER

}
