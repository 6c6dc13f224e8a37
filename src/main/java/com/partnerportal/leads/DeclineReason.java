package com.partnerportal.leads;

/**
 * Why a partner declined a contact request; the customer is told.
 */
public enum DeclineReason {

	NOT_OUR_SERVICES, NOT_OUR_REGION, TOO_SMALL, NO_CAPACITY, SPAM, OTHER

}
