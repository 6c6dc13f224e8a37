package com.partnerportal.platform;

import java.util.UUID;

/**
 * Who did something, for the activity log.
 *
 * @param kind the kind of actor
 * @param id the account id, if the actor has an account
 * @param name how to show the actor (email or sign-in name)
 */
public record Actor(Kind kind, UUID id, String name) {

	public static Actor of(PortalUser user) {
		return new Actor(Kind.valueOf(user.kind().name()), user.accountId(), user.getUsername());
	}

	/** The recipient of an emailed link, acting through that link. */
	public static Actor invitee(String email) {
		return new Actor(Kind.INVITEE, null, email);
	}

	public static Actor system() {
		return new Actor(Kind.SYSTEM, null, null);
	}

	public enum Kind {

		PARTNER_USER, CUSTOMER_ADMIN, BACK_OFFICE_ADMIN, INVITEE, SYSTEM

	}

}
