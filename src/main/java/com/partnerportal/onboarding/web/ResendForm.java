package com.partnerportal.onboarding.web;

import org.springframework.validation.Errors;

/**
 * Asking for the verification mail again.
 */
record ResendForm(String contactEmail) {

	void validate(Errors errors) {
		if (ApplicationForm.required(errors, "contactEmail", this.contactEmail, ApplicationForm.MAX_EMAIL)
				&& !ApplicationForm.EMAIL.matcher(this.contactEmail.strip()).matches()) {
			errors.rejectValue("contactEmail", "validation.email");
		}
	}

}
