package com.partnerportal.partner;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner user was created without a password, by a partner admin's invitation or as
 * the first admin of an approved application: the user sets one by an emailed link (made
 * by a listener in the transaction of the change; no secret is in this event).
 *
 * @param firstAdmin the first partner admin of a partner just approved (its mail says the
 * application was approved and what comes next), not a team member invited later
 */
public record PartnerUserInvited(UUID userId, UUID partnerId, String email, String displayName, String language,
		Set<PartnerRole> roles, Actor actor, Instant occurredAt, boolean firstAdmin) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_USER_INVITED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.userId;
	}

	@Override
	public String detail() {
		return PartnerEvents
			.detail(this.email + ": " + String.join(", ", this.roles.stream().map(Enum::name).sorted().toList()));
	}

}
