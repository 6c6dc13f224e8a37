package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The customer took back some of its delegated admin's roles; the partner keeps the
 * others (taking back the last one removes the relationship:
 * {@link DelegatedAdminRemoved}).
 */
public record DelegatedRolesTakenBack(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, Set<DelegatedRole> roles, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "DELEGATED_ROLES_TAKEN_BACK";
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
