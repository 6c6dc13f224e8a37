package com.partnerportal.leads;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner answered a contact request (accepted or declined it) {@code answeredAt}, for
 * one that arrived {@code receivedAt}: what the marketplace's response-time badge and
 * sort are computed from, and an entry in the activity log (the partner's, and the
 * customer's when a signed-in customer wrote).
 *
 * @param leadId the contact request
 * @param partnerId the partner written to
 * @param customerId the customer that wrote, null for a visitor
 * @param companyName the company that wrote
 * @param receivedAt when the partner received it
 * @param answeredAt when it was answered
 * @param accepted accepted, else declined
 * @param declineReason why it was declined (null when accepted)
 * @param actor the partner user who answered
 */
public record LeadAnswered(UUID leadId, UUID partnerId, UUID customerId, String companyName, Instant receivedAt,
		Instant answeredAt, boolean accepted, DeclineReason declineReason, Actor actor) implements ActivityEvent {

	@Override
	public String action() {
		return this.accepted ? "LEAD_ACCEPTED" : "LEAD_DECLINED";
	}

	@Override
	public UUID subjectId() {
		return this.leadId;
	}

	@Override
	public String detail() {
		return (this.declineReason != null) ? this.companyName + " (" + this.declineReason.name() + ")"
				: this.companyName;
	}

	@Override
	public Instant occurredAt() {
		return this.answeredAt;
	}

}
