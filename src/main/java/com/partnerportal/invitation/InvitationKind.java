package com.partnerportal.invitation;

/**
 * What an invitation offers the customer: trials, or a purchase with licenses and a
 * billing term.
 */
public enum InvitationKind {

	TRIAL("trial-invitation"), PURCHASE("purchase-offer");

	private final String mailTemplate;

	InvitationKind(String mailTemplate) {
		this.mailTemplate = mailTemplate;
	}

	/**
	 * The mail templates of this kind: {@code <prefix>}, {@code <prefix>-accepted},
	 * {@code <prefix>-declined}, {@code <prefix>-reminder}.
	 */
	String mailTemplate() {
		return this.mailTemplate;
	}

}
