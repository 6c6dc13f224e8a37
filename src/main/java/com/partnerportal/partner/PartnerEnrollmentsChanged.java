package com.partnerportal.partner;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office changed a partner's program enrollments or authorized service types,
 * with its reason; the sets are what the partner holds now.
 */
public record PartnerEnrollmentsChanged(UUID partnerId, String partnerName, Set<Program> programs,
		Set<String> authorizedServiceCodes, String reason, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_ENROLLMENTS_CHANGED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.partnerId;
	}

	@Override
	public String detail() {
		return PartnerEvents.detail(this.partnerName + ": " + this.programs.stream().map(Enum::name).sorted().toList()
				+ " " + this.authorizedServiceCodes.stream().sorted().toList() + ": " + this.reason);
	}

}
