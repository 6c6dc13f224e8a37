package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The contact verified its email: the application waits for the back office's review.
 */
public record PartnerApplicationSubmitted(UUID applicationId, String legalName, String domain, String contactEmail,
		boolean contactOutsideDomain, Instant occurredAt) implements ActivityEvent {

	@Override
	public Actor actor() {
		return Actor.invitee(this.contactEmail);
	}

	@Override
	public String action() {
		return "PARTNER_APPLICATION_SUBMITTED";
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
		String text = this.legalName + " (" + this.domain + ")";
		return (text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

}
