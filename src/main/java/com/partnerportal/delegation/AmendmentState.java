package com.partnerportal.delegation;

/**
 * Where a partner's amendment of a delegated-admin relationship stands.
 */
public enum AmendmentState {

	/** Waiting for the customer's answer (at most one per relationship). */
	PROPOSED,
	/** The customer accepted it: the relationship changed. */
	ACCEPTED,
	/** The customer refused it: nothing changed. */
	REFUSED,
	/** The partner proposed another before the customer answered. */
	REPLACED,
	/** The relationship ended before the customer answered. */
	LAPSED

}
