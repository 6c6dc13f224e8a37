package com.partnerportal.account.web;

import com.partnerportal.account.PasswordRule;

import org.springframework.validation.Errors;

/**
 * A signed-in account's new password: the current one, and the new one typed twice.
 */
record PasswordChangeForm(String currentPassword, String password, String confirmation) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	void validate(Errors errors) {
		if (this.currentPassword == null || this.currentPassword.isEmpty()) {
			errors.rejectValue("currentPassword", "account.password.current.required");
		}
		else if (this.currentPassword.length() > PasswordRule.MAX_LENGTH) {
			errors.rejectValue("currentPassword", "account.password.current.wrong");
		}
		NewPasswordForm.validateNew(this.password, this.confirmation, errors);
	}

}
