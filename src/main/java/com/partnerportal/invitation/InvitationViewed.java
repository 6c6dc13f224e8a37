package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The invitee opened the link for the first time.
 */
public record InvitationViewed(InvitationKind kind, UUID invitationId, UUID partnerId, UUID customerId,
		String companyName, Actor actor, Instant occurredAt) implements InvitationLifecycleEvent {

	@Override
	public String action() {
		return kind().name() + "_INVITATION_VIEWED";
	}

}
