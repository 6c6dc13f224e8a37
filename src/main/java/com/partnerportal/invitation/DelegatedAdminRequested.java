package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A partner sent a customer a delegated-admin request on its own.
 */
public record DelegatedAdminRequested(UUID invitationId, UUID partnerId, UUID customerId, String companyName,
		Actor actor, Instant occurredAt) implements InvitationLifecycleEvent {

	@Override
	public InvitationKind kind() {
		return InvitationKind.DELEGATED_ADMIN;
	}

	@Override
	public String action() {
		return kind().name() + "_INVITATION_SENT";
	}

}
