package com.partnerportal.invitation;

/**
 * A change the invitation's state does not allow (accepting a declined invitation,
 * revoking an accepted one...).
 */
public class IllegalInvitationStateException extends RuntimeException {

	private final InvitationState state;

	IllegalInvitationStateException(InvitationState state, String change) {
		super("Cannot " + change + " an invitation that is " + state);
		this.state = state;
	}

	public InvitationState state() {
		return this.state;
	}

}
