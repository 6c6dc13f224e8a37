package com.partnerportal.onboarding;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office approved an application: the partner exists, with these programs and
 * service types.
 */
public record PartnerApplicationApproved(UUID applicationId, UUID partnerId, String legalName, String domain,
		Set<Program> programs, Set<String> serviceCodes, Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "PARTNER_APPLICATION_APPROVED";
	}

	@Override
	public UUID partnerId() {
		return this.partnerId;
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
