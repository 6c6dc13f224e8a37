package com.partnerportal.partner.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.partnerportal.partner.NewTeamMember;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.validation.Errors;

/**
 * A person a partner admin invites to the team, as typed.
 */
record TeamInvitationForm(String email, String displayName, String language, List<String> roles) {

	static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	static TeamInvitationForm empty(Locale locale) {
		return new TeamInvitationForm("", "", locale.getLanguage(), List.of());
	}

	void validate(Errors errors) {
		String address = (this.email != null) ? this.email.strip() : "";
		if (address.isEmpty()) {
			errors.rejectValue("email", "validation.required");
		}
		else if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
			errors.rejectValue("email", "validation.email");
		}
		String name = (this.displayName != null) ? this.displayName.strip() : "";
		if (name.isEmpty()) {
			errors.rejectValue("displayName", "validation.required");
		}
		else if (name.length() > 200) {
			errors.rejectValue("displayName", "partner.team.tooLong", new Object[] { 200 }, null);
		}
		if (this.language == null || !SupportedLanguages.isSupported(this.language)) {
			errors.rejectValue("language", "partner.team.language.required");
		}
		TeamRoles.validate(this.roles, errors);
	}

	NewTeamMember toMember() {
		return new NewTeamMember(this.email.strip(), this.displayName.strip(), this.language, TeamRoles.of(this.roles));
	}

	Set<String> roleNames() {
		return (this.roles != null) ? Set.copyOf(this.roles) : Set.of();
	}

}
