package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * A partner sent a customer a trial invitation, answering the contact request
 * {@code leadId} if not null.
 */
public record TrialInvitationSent(UUID invitationId, UUID partnerId, UUID customerId, String companyName, Actor actor,
		Instant occurredAt, UUID leadId) implements InvitationLifecycleEvent {

	@Override
	public InvitationKind kind() {
		return InvitationKind.TRIAL;
	}

	@Override
	public String action() {
		return kind().name() + "_INVITATION_SENT";
	}

}
