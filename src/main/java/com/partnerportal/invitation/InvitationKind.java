package com.partnerportal.invitation;

/**
 * What an invitation offers the customer: trials, a purchase with licenses and a billing
 * term, or (alone) delegated administration.
 */
public enum InvitationKind {

	TRIAL("trial-invitation"), PURCHASE("purchase-offer"),
	/** A delegated-admin request sent alone, to an existing customer. */
	DELEGATED_ADMIN("delegated-admin-request");

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
