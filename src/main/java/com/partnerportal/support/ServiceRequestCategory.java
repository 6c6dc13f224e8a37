package com.partnerportal.support;

/**
 * What a service request is about.
 */
public enum ServiceRequestCategory {

	BILLING, TECHNICAL, ACCOUNT, MIGRATION, OTHER

}
