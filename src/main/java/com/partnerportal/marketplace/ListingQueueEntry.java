package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.UUID;

/**
 * A listing in the back office's review queue.
 *
 * @param listingId the listing
 * @param partnerId its partner
 * @param partnerName the partner's name
 * @param reviewState where its draft stands
 * @param submittedAt when the draft was submitted
 * @param submittedBy who submitted it
 * @param publishedAt when the published content was approved (null: a first listing)
 */
public record ListingQueueEntry(UUID listingId, UUID partnerId, String partnerName, ReviewState reviewState,
		Instant submittedAt, String submittedBy, Instant publishedAt) {

	/** An edit of a published listing, not a first one. */
	public boolean isEdit() {
		return this.publishedAt != null;
	}

}
