package com.partnerportal.review;

import java.time.Instant;
import java.util.UUID;

/**
 * A review as the pages show it.
 */
public record ReviewView(UUID id, UUID partnerId, String partnerName, UUID customerId, String customerName,
		String authorName, int rating, String body, ReviewState state, Instant createdAt, Instant moderatedAt,
		String moderatedByName, RejectReason rejectReason, String rejectNote, String answer, Instant answeredAt,
		long version) {

	public boolean isAnswered() {
		return this.answer != null;
	}

	public boolean isPending() {
		return this.state == ReviewState.PENDING;
	}

}
