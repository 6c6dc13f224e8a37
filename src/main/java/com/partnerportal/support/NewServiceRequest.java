package com.partnerportal.support;

import java.util.Objects;

/**
 * What a customer, or a partner on its behalf, asks the support team. The form validates
 * it for people; these checks keep any other caller from storing a half-valid request.
 */
public record NewServiceRequest(String title, String description, ServiceRequestCategory category,
		ServiceRequestSeverity severity) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_TEXT = 4000;

	public NewServiceRequest {
		title = requireText(title, MAX_TITLE, "title");
		description = requireText(description, MAX_TEXT, "description");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(severity, "severity");
	}

	static String requireText(String text, int max, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(what + " is required");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException(what + " is longer than " + max);
		}
		return stripped;
	}

}
