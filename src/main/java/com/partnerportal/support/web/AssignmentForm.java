package com.partnerportal.support.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Whom a request is assigned to: a back-office user's id, or empty for nobody; and the
 * version of the request the page showed.
 */
record AssignmentForm(String assignee, @NotNull(message = "{support.form.version.required}") Long version) {

	static AssignmentForm of(UUID assignee, long version) {
		return new AssignmentForm((assignee != null) ? assignee.toString() : "", version);
	}

	/**
	 * The chosen user's id; empty for nobody.
	 * @throws IllegalArgumentException if the value is no id at all
	 */
	Optional<UUID> assigneeId() {
		return (this.assignee == null || this.assignee.isBlank()) ? Optional.empty()
				: Optional.of(UUID.fromString(this.assignee.strip()));
	}

}
