package com.partnerportal.marketplace.web;

import java.util.EnumMap;
import java.util.Map;

import com.partnerportal.marketplace.ListingField;
import jakarta.validation.constraints.NotNull;

/**
 * The back office's decision on a listing's draft: the listing's version as the reviewer
 * saw it, and for a rejection a reason on each field it names
 * ({@code reasons[SERVICES]}).
 */
record ListingDecisionForm(@NotNull(message = "{marketplace.review.stale}") Long version,
		Map<ListingField, String> reasons) {

	static ListingDecisionForm of(long version) {
		return new ListingDecisionForm(version, new EnumMap<>(ListingField.class));
	}

	Map<ListingField, String> givenReasons() {
		return (this.reasons != null) ? this.reasons : Map.of();
	}

}
