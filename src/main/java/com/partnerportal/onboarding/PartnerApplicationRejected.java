package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office rejected an application, for a reason; the domain may apply again after
 * {@code reapplyAfter}.
 */
public record PartnerApplicationRejected(UUID applicationId, String legalName, String domain, String contactEmail,
		String contactName, String language, RejectionReason reason, String note, Instant reapplyAfter, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_APPLICATION_REJECTED";
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
		String text = this.legalName + " (" + this.domain + "): " + this.reason
				+ ((this.note != null) ? " — " + this.note : "");
		return (text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

}
