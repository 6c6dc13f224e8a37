package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A delegated-admin relationship started (approved), or ended (removed, replaced).
 */
public record DelegatedAdminEvent(Change change, UUID relationshipId, UUID customerId, UUID partnerId,
		String partnerName, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_" + this.change.name();
	}

	@Override
	public UUID subjectId() {
		return this.relationshipId;
	}

	@Override
	public String detail() {
		return this.partnerName;
	}

	/**
	 * What happened to the relationship.
	 */
	public enum Change {

		APPROVED, REMOVED, REPLACED

	}

}
