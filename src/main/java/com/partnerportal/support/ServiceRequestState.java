package com.partnerportal.support;

import java.util.EnumSet;
import java.util.Set;

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

	/**
	 * The states the support team may move a request in this state to: on through in
	 * progress, waiting for the customer and resolved; a resolved request is closed, or
	 * taken up again. Nothing leaves a closed request.
	 */
	public Set<ServiceRequestState> nextBySupport() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED);
			case IN_PROGRESS -> EnumSet.of(WAITING_FOR_CUSTOMER, RESOLVED);
			case WAITING_FOR_CUSTOMER -> EnumSet.of(IN_PROGRESS, RESOLVED);
			case RESOLVED -> EnumSet.of(IN_PROGRESS, CLOSED);
			case CLOSED -> EnumSet.noneOf(ServiceRequestState.class);
		};
	}

	/** Whether the request still needs the support team (for "unassigned"). */
	public boolean isActive() {
		return this == OPEN || this == IN_PROGRESS || this == WAITING_FOR_CUSTOMER;
	}

}
