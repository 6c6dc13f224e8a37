package com.partnerportal.account;

/**
 * What an emailed account link is for.
 */
public enum AccountLinkPurpose {

	/**
	 * A first password: an invited team member, the first admin of an approved partner.
	 */
	SET_PASSWORD,
	/** A forgotten password. */
	RESET_PASSWORD

}
