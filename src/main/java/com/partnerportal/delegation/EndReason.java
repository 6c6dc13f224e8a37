package com.partnerportal.delegation;

/**
 * Why a delegated-admin relationship ended.
 */
public enum EndReason {

	/** The customer removed the partner. */
	REMOVED_BY_CUSTOMER,
	/** The customer approved another partner, which replaced this one. */
	REPLACED,
	/** The operator ended it from the back office, with an {@link OperatorEndReason}. */
	ENDED_BY_OPERATOR,
	/**
	 * It reached its end date without an extension (none asked, or the partner may no
	 * longer serve customers).
	 */
	EXPIRED

}
