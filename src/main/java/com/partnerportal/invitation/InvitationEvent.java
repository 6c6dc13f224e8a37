package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * An invitation took a step of its lifecycle (sent, viewed, accepted...). Carries ids and
 * names only: the link's token never leaves the invitation module.
 */
public record InvitationEvent(InvitationStep step, InvitationKind kind, UUID invitationId, UUID partnerId,
		UUID customerId, String companyName, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return this.kind.name() + "_INVITATION_" + this.step.name();
	}

	@Override
	public UUID subjectId() {
		return this.invitationId;
	}

	@Override
	public String detail() {
		return this.companyName;
	}

}
