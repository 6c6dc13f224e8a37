package com.partnerportal.partner;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office published a new version of the Partner Agreement.
 */
public record AgreementVersionPublished(UUID versionId, String label, int gracePeriodDays, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "AGREEMENT_VERSION_PUBLISHED";
	}

	@Override
	public UUID partnerId() {
		return null;
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.versionId;
	}

	@Override
	public String detail() {
		return this.label;
	}

}
