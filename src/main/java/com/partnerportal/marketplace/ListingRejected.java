package com.partnerportal.marketplace;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * The back office rejected a listing's draft with a reason on each named field; what was
 * published (if anything) stays. The partner admin who submitted it is mailed the
 * reasons.
 */
public record ListingRejected(UUID listingId, UUID partnerId, String partnerName, UUID submittedById,
		Map<ListingField, String> reasons, Actor actor, Instant occurredAt) implements ActivityEvent {

	static final int MAX_DETAIL = 500;

	public ListingRejected {
		reasons = Map.copyOf(reasons);
	}

	@Override
	public String action() {
		return "LISTING_REJECTED";
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
		String text = this.partnerName + ": "
				+ this.reasons.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.map((entry) -> entry.getKey().name() + " – " + entry.getValue())
					.collect(Collectors.joining("; "));
		return (text.length() <= MAX_DETAIL) ? text : text.substring(0, MAX_DETAIL - 1) + "…";
	}

}
