package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The partner answered a published review of it.
 */
public record ReviewAnswered(UUID reviewId, UUID partnerId, UUID customerId, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "REVIEW_ANSWERED";
	}

	@Override
	public UUID subjectId() {
		return this.reviewId;
	}

	@Override
	public String detail() {
		return null;
	}

}
