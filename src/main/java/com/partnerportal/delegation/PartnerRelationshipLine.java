package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a partner's delegated-admin relationships, current or past, as the back office's
 * page of the partner lists it.
 *
 * @param id the relationship
 * @param customerId its customer
 * @param customerName the customer's name
 * @param state active or ended
 * @param approvedAt when the customer approved it
 * @param endedAt when it ended, if it did
 * @param endReason why it ended, if it did
 * @param operatorReason the operator's reason, when the operator ended it
 */
public record PartnerRelationshipLine(UUID id, UUID customerId, String customerName, RelationshipState state,
		Instant approvedAt, Instant endedAt, EndReason endReason, OperatorEndReason operatorReason) {

	public boolean isActive() {
		return this.state == RelationshipState.ACTIVE;
	}

}
