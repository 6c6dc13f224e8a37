package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office approved a listing's draft: it is what the marketplace shows now. The
 * partner admin who submitted it ({@code submittedById}) is mailed.
 */
public record ListingApproved(UUID listingId, UUID partnerId, String partnerName, UUID submittedById, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "LISTING_APPROVED";
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
