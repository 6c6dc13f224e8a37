package com.partnerportal.customer.web;

import java.util.Arrays;

import com.partnerportal.delegation.OperatorEndReason;

import org.springframework.validation.Errors;

/**
 * The operator's reason to end a delegated-admin relationship, as typed.
 *
 * @param reason an {@link OperatorEndReason}'s name
 * @param note why, in the operator's words (required for {@code OTHER})
 * @param confirmed the operator confirmed that the partner loses access now
 */
record EndRelationshipForm(String reason, String note, Boolean confirmed) {

	static EndRelationshipForm empty() {
		return new EndRelationshipForm(null, null, false);
	}

	void validate(Errors errors) {
		OperatorEndReason chosen = reasonOrNull();
		if (chosen == null) {
			errors.rejectValue("reason", "delegation.operatorEnd.reason.required");
		}
		String text = (this.note != null) ? this.note.strip() : "";
		if (chosen != null && chosen.requiresNote() && text.isEmpty()) {
			errors.rejectValue("note", "delegation.operatorEnd.note.required");
		}
		if (text.length() > OperatorEndReason.NOTE_MAX_LENGTH) {
			errors.rejectValue("note", "delegation.operatorEnd.note.tooLong",
					new Object[] { OperatorEndReason.NOTE_MAX_LENGTH }, null);
		}
		if (!Boolean.TRUE.equals(this.confirmed)) {
			errors.rejectValue("confirmed", "delegation.operatorEnd.confirmed.required");
		}
	}

	OperatorEndReason reasonOrNull() {
		return Arrays.stream(OperatorEndReason.values())
			.filter((value) -> value.name().equals(this.reason))
			.findFirst()
			.orElse(null);
	}

}
