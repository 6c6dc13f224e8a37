package com.partnerportal.onboarding;

import java.util.Set;

import com.partnerportal.partner.Program;

/**
 * The applicant's new values for the fields the back office asked it to change; the
 * others are ignored.
 */
public record ApplicationChanges(String legalName, String website, String country, String contactName,
		Set<String> serviceCodes, Set<Program> programs) {

	public ApplicationChanges {
		serviceCodes = (serviceCodes != null) ? Set.copyOf(serviceCodes) : Set.of();
		programs = (programs != null) ? Set.copyOf(programs) : Set.of();
	}

}
