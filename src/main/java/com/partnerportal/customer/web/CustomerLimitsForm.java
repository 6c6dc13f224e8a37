package com.partnerportal.customer.web;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * The customers of one page of the limits page: those {@code shown}, and of them those
 * chosen ({@code customerIds}); the search and the page to return to.
 */
record CustomerLimitsForm(List<UUID> shown, List<UUID> customerIds, String q, Integer page) {

	/** At most this many customers on one page (the page shows fewer). */
	static final int MAX_SHOWN = 100;

	static final int MAX_SEARCH = 200;

	CustomerLimitsForm {
		shown = (shown != null) ? shown : List.of();
		customerIds = (customerIds != null) ? customerIds : List.of();
	}

	static CustomerLimitsForm of(Set<UUID> chosen) {
		return new CustomerLimitsForm(List.of(), List.copyOf(chosen), null, null);
	}

	Set<UUID> shownIds() {
		return new HashSet<>(this.shown);
	}

	Set<UUID> chosenIds() {
		return new HashSet<>(this.customerIds);
	}

	/**
	 * The form's shape: not too many customers, chosen only among those shown, a short
	 * search.
	 */
	void validate(Errors errors) {
		if (this.shown.size() > MAX_SHOWN || this.customerIds.size() > MAX_SHOWN) {
			errors.rejectValue("customerIds", "access.limits.tooMany", new Object[] { MAX_SHOWN }, null);
		}
		else if (this.shown.stream().anyMatch(Objects::isNull) || this.customerIds.stream().anyMatch(Objects::isNull)
				|| !shownIds().containsAll(chosenIds())) {
			errors.rejectValue("customerIds", "access.limits.notShown");
		}
		if (this.q != null && this.q.length() > MAX_SEARCH) {
			errors.rejectValue("q", "access.limits.searchTooLong", new Object[] { MAX_SEARCH }, null);
		}
		if (this.page != null && this.page < 0) {
			errors.rejectValue("page", "access.limits.badPage");
		}
	}

}
