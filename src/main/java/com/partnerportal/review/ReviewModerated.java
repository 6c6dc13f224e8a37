package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office published or rejected a review ({@code reason} when rejected).
 */
public record ReviewModerated(UUID reviewId, UUID partnerId, UUID customerId, ReviewState state, RejectReason reason,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return (this.state == ReviewState.PUBLISHED) ? "REVIEW_PUBLISHED" : "REVIEW_REJECTED";
	}

	@Override
	public UUID subjectId() {
		return this.reviewId;
	}

	@Override
	public String detail() {
		return (this.reason != null) ? this.reason.name() : null;
	}

}
