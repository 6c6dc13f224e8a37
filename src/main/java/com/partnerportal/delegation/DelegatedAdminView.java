package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A delegated-admin relationship as pages show it; {@code operatorReason} and
 * {@code endNote} only when the operator ended it; {@code endsAt} {@code null} when it
 * has no end date.
 */
public record DelegatedAdminView(UUID id, UUID customerId, UUID partnerId, String partnerName, RelationshipState state,
		Instant approvedAt, String approvedByName, Instant endedAt, String endedByName, EndReason endReason,
		OperatorEndReason operatorReason, String endNote, Set<DelegatedRole> roles, Instant endsAt,
		boolean autoExtend) {

	public boolean isActive() {
		return this.state == RelationshipState.ACTIVE;
	}

}
