package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A customer wrote a review of a partner; it waits for moderation.
 */
public record ReviewWritten(UUID reviewId, UUID partnerId, UUID customerId, int rating, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "REVIEW_WRITTEN";
	}

	@Override
	public UUID subjectId() {
		return this.reviewId;
	}

	@Override
	public String detail() {
		return this.rating + "/5";
	}

}
