package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The customer accepted; {@code newTenantDomain} is the domain of the tenant created for
 * a new customer, null for an existing one.
 */
public record InvitationAccepted(InvitationKind kind, UUID invitationId, UUID partnerId, UUID customerId,
		String companyName, String newTenantDomain, Actor actor,
		Instant occurredAt) implements InvitationLifecycleEvent {

	@Override
	public String action() {
		return kind().name() + "_INVITATION_ACCEPTED";
	}

}
