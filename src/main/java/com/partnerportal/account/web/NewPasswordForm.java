package com.partnerportal.account.web;

import com.partnerportal.account.PasswordRule;

import org.springframework.validation.Errors;

/**
 * A new password, typed twice.
 */
record NewPasswordForm(String password, String confirmation) {

	static NewPasswordForm empty() {
		return new NewPasswordForm("", "");
	}

	void validate(Errors errors) {
		validateNew(this.password, this.confirmation, errors);
	}

	/**
	 * The rule's length, and the same password twice; the rest is checked by
	 * {@link PasswordRule} in the service.
	 */
	static void validateNew(String password, String confirmation, Errors errors) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue("password", "account.password.required");
		}
		else if (password.codePointCount(0, password.length()) < PasswordRule.MIN_LENGTH) {
			errors.rejectValue("password", "account.password.tooShort");
		}
		else if (password.length() > PasswordRule.MAX_LENGTH) {
			errors.rejectValue("password", "account.password.tooLong");
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
	}

}
