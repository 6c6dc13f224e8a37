package com.partnerportal.partner;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin gave a user of its team other roles.
 */
public record PartnerUserRolesChanged(UUID userId, UUID partnerId, String email, Set<PartnerRole> from,
		Set<PartnerRole> to, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_USER_ROLES_CHANGED";
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
		return PartnerEvents.detail(this.email + ": " + names(this.from) + " → " + names(this.to));
	}

	private static String names(Set<PartnerRole> roles) {
		return String.join(", ", roles.stream().map(Enum::name).sorted().toList());
	}

}
