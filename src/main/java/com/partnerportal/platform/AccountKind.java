package com.partnerportal.platform;

/**
 * The three kinds of people who sign in to the portal.
 */
public enum AccountKind {

	PARTNER_USER("/partner"), CUSTOMER_ADMIN("/customer"), BACK_OFFICE_ADMIN("/admin");

	private final String homePath;

	AccountKind(String homePath) {
		this.homePath = homePath;
	}

	public String homePath() {
		return this.homePath;
	}

}
