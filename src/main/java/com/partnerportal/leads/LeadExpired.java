package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A contact request was not answered in time: the customer is told and shown other
 * partners, and the activity log records it (done by the expiry job, the system).
 *
 * @param leadId the contact request
 * @param partnerId the partner that did not answer
 * @param customerId the customer that wrote, null for a visitor
 * @param companyName the company that wrote
 * @param receivedAt when the partner received it
 * @param expiredAt when it expired
 */
public record LeadExpired(UUID leadId, UUID partnerId, UUID customerId, String companyName, Instant receivedAt,
		Instant expiredAt) implements ActivityEvent {

	@Override
	public Actor actor() {
		return Actor.system();
	}

	@Override
	public String action() {
		return "LEAD_EXPIRED";
	}

	@Override
	public UUID subjectId() {
		return this.leadId;
	}

	@Override
	public String detail() {
		return this.companyName;
	}

	@Override
	public Instant occurredAt() {
		return this.expiredAt;
	}

}
