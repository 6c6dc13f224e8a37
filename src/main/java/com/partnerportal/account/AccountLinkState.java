package com.partnerportal.account;

/**
 * What an emailed account link can do now.
 */
public enum AccountLinkState {

	/** It sets a password. */
	USABLE,
	/** No such link (mistyped, forged, or replaced by a newer one and cleaned up). */
	UNKNOWN,
	/** Its time ran out. */
	EXPIRED,
	/** It set a password already, or a newer link replaced it. */
	USED

}
