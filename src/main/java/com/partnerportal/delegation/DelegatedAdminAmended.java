package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The customer accepted the partner's amendment: the relationship now holds these roles
 * and ends at {@code endsAt} (null: no end date).
 */
public record DelegatedAdminAmended(UUID relationshipId, UUID amendmentId, UUID customerId, String customerName,
		UUID partnerId, String partnerName, Set<DelegatedRole> roles, Instant endsAt, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_AMENDED";
	}

	@Override
	public UUID subjectId() {
		return this.relationshipId;
	}

	@Override
	public String detail() {
		return this.partnerName + ": " + DelegatedAdminAmendmentProposed.names(this.roles);
	}

}
