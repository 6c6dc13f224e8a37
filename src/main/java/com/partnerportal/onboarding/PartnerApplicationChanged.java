package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The applicant changed the fields it was asked to: the application is back for review.
 */
public record PartnerApplicationChanged(UUID applicationId, String legalName, String domain, String contactEmail,
		Set<ApplicationField> fields, Instant occurredAt) implements ActivityEvent {

	@Override
	public Actor actor() {
		return Actor.invitee(this.contactEmail);
	}

	@Override
	public String action() {
		return "PARTNER_APPLICATION_CHANGED";
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
