package com.partnerportal.onboarding.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.partnerportal.onboarding.NewApplication;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.validation.Errors;

/**
 * The public application to join the network, as typed.
 */
record ApplicationForm(String legalName, String website, String domain, String country, String cloudInstance,
		String contactName, String contactEmail, String language, List<String> serviceCodes, List<String> programs) {

	static final int MAX_NAME = 200;

	static final int MAX_WEBSITE = 300;

	static final int MAX_EMAIL = 320;

	static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?",
			Pattern.CASE_INSENSITIVE);

	static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	static ApplicationForm empty(Locale locale) {
		return new ApplicationForm("", "", "", "", CloudInstance.GLOBAL.name(), "", "", locale.getLanguage(), List.of(),
				List.of());
	}

	void validate(Errors errors, Set<String> knownServices) {
		required(errors, "legalName", this.legalName, MAX_NAME);
		if (required(errors, "website", this.website, MAX_WEBSITE)
				&& !WEBSITE.matcher(this.website.strip()).matches()) {
			errors.rejectValue("website", "onboarding.apply.website.invalid");
		}
		if (required(errors, "domain", this.domain, 253)
				&& !DOMAIN.matcher(this.domain.strip().toLowerCase(Locale.ROOT)).matches()) {
			errors.rejectValue("domain", "onboarding.apply.domain.invalid");
		}
		if (this.country == null || !COUNTRIES.contains(this.country)) {
			errors.rejectValue("country", "onboarding.apply.country.required");
		}
		if (instance() == null) {
			errors.rejectValue("cloudInstance", "onboarding.apply.instance.required");
		}
		required(errors, "contactName", this.contactName, MAX_NAME);
		if (required(errors, "contactEmail", this.contactEmail, MAX_EMAIL)
				&& !EMAIL.matcher(this.contactEmail.strip()).matches()) {
			errors.rejectValue("contactEmail", "validation.email");
		}
		if (this.language == null || !SupportedLanguages.isSupported(this.language)) {
			errors.rejectValue("language", "onboarding.apply.language.required");
		}
		if (this.serviceCodes == null || this.serviceCodes.isEmpty()) {
			errors.rejectValue("serviceCodes", "onboarding.apply.services.required");
		}
		else if (!knownServices.containsAll(this.serviceCodes)) {
			errors.rejectValue("serviceCodes", "onboarding.apply.services.unknown");
		}
		if (this.programs != null && !this.programs.stream().allMatch(ApplicationForm::isProgram)) {
			errors.rejectValue("programs", "onboarding.apply.programs.unknown");
		}
	}

	NewApplication toApplication() {
		return new NewApplication(this.legalName, this.website, this.domain, this.country, instance(), this.contactName,
				this.contactEmail, this.language, new TreeSet<>(this.serviceCodes), chosenPrograms(this.programs));
	}

	CloudInstance instance() {
		return Arrays.stream(CloudInstance.values())
			.filter((value) -> value.name().equals(this.cloudInstance))
			.findFirst()
			.orElse(null);
	}

	static Set<Program> chosenPrograms(List<String> programs) {
		Set<Program> chosen = EnumSet.noneOf(Program.class);
		if (programs != null) {
			programs.stream().filter(ApplicationForm::isProgram).map(Program::valueOf).forEach(chosen::add);
		}
		return chosen;
	}

	static boolean isProgram(String value) {
		return Arrays.stream(Program.values()).anyMatch((program) -> program.name().equals(value));
	}

	/**
	 * Checks that a field is filled and not too long.
	 * @return whether it is
	 */
	static boolean required(Errors errors, String field, String value, int max) {
		String text = (value != null) ? value.strip() : "";
		if (text.isEmpty()) {
			errors.rejectValue(field, "validation.required");
			return false;
		}
		if (text.length() > max) {
			errors.rejectValue(field, "onboarding.apply.tooLong", new Object[] { max }, null);
			return false;
		}
		return true;
	}

}
