package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The partner revoked an open invitation.
 */
public record InvitationRevoked(InvitationKind kind, UUID invitationId, UUID partnerId, UUID customerId,
		String companyName, Actor actor, Instant occurredAt) implements InvitationLifecycleEvent {

	@Override
	public String action() {
		return kind().name() + "_INVITATION_REVOKED";
	}

}
