package com.partnerportal.support;

/**
 * How badly the customer is affected.
 */
public enum ServiceRequestSeverity {

	LOW, NORMAL, HIGH, CRITICAL

}
