package com.partnerportal.invitation;

/**
 * The link's token matches no invitation (mistyped, forged, or replaced by a newer link).
 * The page says the same for all three.
 */
public class UnknownInvitationLinkException extends RuntimeException {

	UnknownInvitationLinkException() {
		super("unknown invitation link");
	}

}
