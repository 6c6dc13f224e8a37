package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A listing as its partner and the back office see it: what is published, the draft in
 * review (or rejected, with the reasons by field) and who did what when.
 *
 * @param listingId the listing
 * @param partnerId its partner
 * @param reviewState where the draft stands
 * @param published what the marketplace shows (null: nothing yet)
 * @param draft the draft in review or rejected (null: none)
 * @param rejections the back office's reasons by field, for a rejected draft
 * @param submittedAt when the draft was submitted
 * @param submittedBy who submitted it
 * @param reviewedAt when the back office last decided
 * @param reviewedBy who decided
 * @param publishedAt when the published content was approved
 * @param version the listing's version, so that a decision on an older page is refused
 */
public record ListingStatus(UUID listingId, UUID partnerId, ReviewState reviewState, ListingDraft published,
		ListingDraft draft, Map<ListingField, String> rejections, Instant submittedAt, String submittedBy,
		Instant reviewedAt, String reviewedBy, Instant publishedAt, long version) {

	public boolean isPublished() {
		return this.published != null;
	}

	public boolean isPending() {
		return this.reviewState == ReviewState.PENDING;
	}

	public boolean isRejected() {
		return this.reviewState == ReviewState.REJECTED;
	}

	/** The reason given on a form field (by its name), or null. */
	public String rejectionOf(String formField) {
		for (Map.Entry<ListingField, String> entry : this.rejections.entrySet()) {
			if (entry.getKey().formField().equals(formField)) {
				return entry.getValue();
			}
		}
		return null;
	}

}
