package com.partnerportal.marketplace;

/**
 * The sizes of customer a listing's partner serves, by number of employees.
 */
public enum CustomerSize {

	/** 1 to 49 employees. */
	SMALL,
	/** 50 to 249. */
	MEDIUM,
	/** 250 to 999. */
	LARGE,
	/** 1,000 and more. */
	ENTERPRISE

}
