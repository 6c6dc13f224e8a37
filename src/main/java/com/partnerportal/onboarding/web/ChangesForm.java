package com.partnerportal.onboarding.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.partnerportal.onboarding.ApplicationChanges;
import com.partnerportal.onboarding.ApplicationDetail;
import com.partnerportal.onboarding.ApplicationField;

import org.springframework.validation.Errors;

/**
 * The applicant's new values for the fields the back office asked it to change.
 */
record ChangesForm(String legalName, String website, String country, String contactName, List<String> serviceCodes,
		List<String> programs) {

	static ChangesForm of(ApplicationDetail application) {
		return new ChangesForm(application.legalName(), application.website(), application.country(),
				application.contactName(), List.copyOf(new TreeSet<>(application.serviceCodes())),
				application.programs().stream().map(Enum::name).sorted().toList());
	}

	void validate(Errors errors, ApplicationDetail application, Set<String> knownServices) {
		if (application.asked(ApplicationField.LEGAL_NAME)) {
			ApplicationForm.required(errors, "legalName", this.legalName, ApplicationForm.MAX_NAME);
		}
		if (application.asked(ApplicationField.WEBSITE)
				&& ApplicationForm.required(errors, "website", this.website, ApplicationForm.MAX_WEBSITE)
				&& !ApplicationForm.WEBSITE.matcher(this.website.strip()).matches()) {
			errors.rejectValue("website", "onboarding.apply.website.invalid");
		}
		if (application.asked(ApplicationField.COUNTRY)
				&& (this.country == null || !ApplicationForm.COUNTRIES.contains(this.country))) {
			errors.rejectValue("country", "onboarding.apply.country.required");
		}
		if (application.asked(ApplicationField.CONTACT_NAME)) {
			ApplicationForm.required(errors, "contactName", this.contactName, ApplicationForm.MAX_NAME);
		}
		if (application.asked(ApplicationField.SERVICES)) {
			if (this.serviceCodes == null || this.serviceCodes.isEmpty()) {
				errors.rejectValue("serviceCodes", "onboarding.apply.services.required");
			}
			else if (!knownServices.containsAll(this.serviceCodes)) {
				errors.rejectValue("serviceCodes", "onboarding.apply.services.unknown");
			}
		}
		if (application.asked(ApplicationField.PROGRAMS) && this.programs != null
				&& !this.programs.stream().allMatch(ApplicationForm::isProgram)) {
			errors.rejectValue("programs", "onboarding.apply.programs.unknown");
		}
	}

	ApplicationChanges toChanges() {
		return new ApplicationChanges(this.legalName, this.website, this.country, this.contactName,
				(this.serviceCodes != null) ? new TreeSet<>(this.serviceCodes) : Set.of(),
				ApplicationForm.chosenPrograms(this.programs));
	}

}
