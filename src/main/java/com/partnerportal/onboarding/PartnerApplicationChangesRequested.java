package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office asked the applicant to change named fields (the link is mailed in the
 * same transaction, never in this event).
 */
public record PartnerApplicationChangesRequested(UUID applicationId, String legalName, String domain,
		Set<ApplicationField> fields, String note, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_APPLICATION_CHANGES_REQUESTED";
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
		return this.applicationId;
	}

	@Override
	public String detail() {
		String text = this.legalName + " (" + this.domain + "): "
				+ String.join(", ", this.fields.stream().map(Enum::name).sorted().toList());
		return (text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

}
