package com.partnerportal.support;

/**
 * Where a service request stands. Only {@link #CLOSED} is final.
 */
public enum ServiceRequestState {

	/**
	 * Waiting for the support team to pick it up (also after the customer reopened it).
	 */
	OPEN,
	/** The support team works on it. */
	IN_PROGRESS,
	/** The support team asked the customer something. */
	WAITING_FOR_CUSTOMER,
	/**
	 * The support team considers it solved; a reply from the customer's side reopens it.
	 */
	RESOLVED,
	/** Done; nobody replies any more. */
	CLOSED;

	public boolean isClosed() {
		return this == CLOSED;
	}

}
