package com.partnerportal.account.web;

import org.springframework.validation.Errors;

/**
 * The address to send a password-reset link to: the email (or, for a customer admin, the
 * sign-in name) the account signs in with.
 */
record PasswordResetForm(String email) {

	static final int MAX_LENGTH = 320;

	static PasswordResetForm empty() {
		return new PasswordResetForm("");
	}

	void validate(Errors errors) {
		String text = (this.email != null) ? this.email.strip() : "";
		if (text.isEmpty()) {
			errors.rejectValue("email", "account.reset.email.required");
		}
		else if (text.length() > MAX_LENGTH || !text.contains("@") || text.chars().anyMatch(Character::isWhitespace)) {
			errors.rejectValue("email", "account.reset.email.invalid");
		}
	}

}
