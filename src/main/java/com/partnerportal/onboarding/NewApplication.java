package com.partnerportal.onboarding;

import java.util.Set;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;

/**
 * An application to join the network, as the company typed it (checked for its shape by
 * the form).
 */
public record NewApplication(String legalName, String website, String domain, String country,
		CloudInstance cloudInstance, String contactName, String contactEmail, String language, Set<String> serviceCodes,
		Set<Program> programs) {

	public NewApplication {
		serviceCodes = Set.copyOf(serviceCodes);
		programs = Set.copyOf(programs);
	}

}
