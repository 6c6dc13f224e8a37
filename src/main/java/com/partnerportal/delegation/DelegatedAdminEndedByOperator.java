package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;

/**
 * The operator ended the partner's delegated admin of the customer from the back office,
 * for a reason (and a note, for {@link OperatorEndReason#OTHER}).
 */
public record DelegatedAdminEndedByOperator(UUID relationshipId, UUID customerId, String customerName, UUID partnerId,
		String partnerName, OperatorEndReason reason, String note, Actor actor,
		Instant occurredAt) implements DelegatedAdminChange {

	@Override
	public String action() {
		return "DELEGATED_ADMIN_ENDED_BY_OPERATOR";
	}

	/**
	 * The partner, the reason code and the note, as the activity log records them.
	 */
	@Override
	public String detail() {
		return this.partnerName + " · " + this.reason + ((this.note != null) ? " · " + this.note : "");
	}

}
