package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegated-admin relationship as pages show it.
 */
public record DelegatedAdminView(UUID id, UUID customerId, UUID partnerId, String partnerName, RelationshipState state,
		Instant approvedAt, String approvedByName, Instant endedAt, String endedByName, EndReason endReason) {

	public boolean isActive() {
		return this.state == RelationshipState.ACTIVE;
	}

}
