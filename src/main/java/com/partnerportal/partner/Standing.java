package com.partnerportal.partner;

/**
 * A partner's standing in the program: graded, never a deletion. Each level is enforced
 * at every entry point of what it stops.
 */
public enum Standing {

	/** Uses every partner feature its agreement and enrollments allow. */
	ACTIVE,
	/**
	 * Keeps serving its customers; sends no new invitations, offers or delegated-admin
	 * requests.
	 */
	SALES_FROZEN,
	/** Out of the marketplace (once it exists); otherwise as active. */
	HIDDEN,
	/** No partner features at all; its delegated access stops on the next request. */
	SUSPENDED;

	/** Sells (new invitations, offers, delegated-admin requests) at this level. */
	public boolean maySell() {
		return this == ACTIVE || this == HIDDEN;
	}

	/** Shown in the marketplace at this level. */
	public boolean isListed() {
		return this == ACTIVE || this == SALES_FROZEN;
	}

	/** Serves its existing customers (console, service requests) at this level. */
	public boolean mayServeCustomers() {
		return this != SUSPENDED;
	}

}
