package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A partner admin sent its listing (a first one, or an edit of the published one) to the
 * back office's review.
 */
public record ListingSubmitted(UUID listingId, UUID partnerId, String partnerName, boolean firstPublication,
		Actor actor, Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "LISTING_SUBMITTED";
	}

	@Override
	public UUID customerId() {
		return null;
	}

	@Override
	public UUID subjectId() {
		return this.listingId;
	}

	@Override
	public String detail() {
		return this.partnerName;
	}

}
