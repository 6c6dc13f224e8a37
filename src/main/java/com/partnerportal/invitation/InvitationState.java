package com.partnerportal.invitation;

import java.util.Set;

/**
 * The lifecycle of an invitation.
 */
public enum InvitationState {

	SENT, VIEWED, ACCEPTED, DECLINED, EXPIRED, REVOKED;

	static final Set<InvitationState> OPEN = Set.of(SENT, VIEWED);

	public boolean isOpen() {
		return OPEN.contains(this);
	}

}
