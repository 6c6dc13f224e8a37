package com.partnerportal.availability;

/**
 * Whether a feature can be used in a cloud instance.
 */
public enum AvailabilityState {

	/** It can be used. */
	AVAILABLE,

	/** It cannot be used, for a reason given in every language. */
	NOT_AVAILABLE,

	/**
	 * It cannot be used yet: it is planned for a date, for a reason given in every
	 * language.
	 */
	PLANNED

}
