package com.partnerportal.invitation.web;

import java.util.UUID;

import org.springframework.validation.BindingResult;

/**
 * An invitation goes to one of the partner's customers, or to a new customer whose
 * company, contact, email and language are then required.
 */
final class RecipientFields {

	private RecipientFields() {
	}

	static void requireForNewCustomer(UUID customerId, String companyName, String contactName, String email,
			String language, BindingResult result) {
		if (customerId != null) {
			return;
		}
		requireText("companyName", companyName, result);
		requireText("contactName", contactName, result);
		requireText("email", email, result);
		requireText("language", language, result);
	}

	/**
	 * An empty text field is no value: optional fields with a format (the email) must not
	 * reject it.
	 */
	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static void requireText(String field, String value, BindingResult result) {
		if ((value == null || value.isBlank()) && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "validation.required", "validation.required");
		}
	}

}
