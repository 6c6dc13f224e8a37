package com.partnerportal.partner.web;

import java.util.regex.Pattern;

import com.partnerportal.partner.ProfileChange;

import org.springframework.validation.Errors;

/**
 * The company profile, as typed by a partner admin.
 */
record ProfileForm(String displayName, String website, String contactName, String contactEmail, String contactPhone) {

	static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+([/?#]\\S*)?",
			Pattern.CASE_INSENSITIVE);

	static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{4,40}");

	static ProfileForm of(ProfileChange profile) {
		return new ProfileForm(profile.displayName(), profile.website(), profile.contactName(), profile.contactEmail(),
				profile.contactPhone());
	}

	void validate(Errors errors) {
		String name = text(this.displayName);
		if (name.isEmpty()) {
			errors.rejectValue("displayName", "validation.required");
		}
		max(errors, "displayName", name, 200);
		String site = text(this.website);
		if (!site.isEmpty() && (site.length() > 300 || !WEBSITE.matcher(site).matches())) {
			errors.rejectValue("website", "onboarding.apply.website.invalid");
		}
		max(errors, "contactName", text(this.contactName), 200);
		String email = text(this.contactEmail);
		if (!email.isEmpty() && (email.length() > 320 || !TeamInvitationForm.EMAIL.matcher(email).matches())) {
			errors.rejectValue("contactEmail", "validation.email");
		}
		String phone = text(this.contactPhone);
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.rejectValue("contactPhone", "partner.profile.phone.invalid");
		}
	}

	ProfileChange toChange() {
		return new ProfileChange(this.displayName, this.website, this.contactName, this.contactEmail,
				this.contactPhone);
	}

	private static void max(Errors errors, String field, String value, int max) {
		if (value.length() > max) {
			errors.rejectValue(field, "partner.team.tooLong", new Object[] { max }, null);
		}
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
