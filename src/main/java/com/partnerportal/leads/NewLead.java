package com.partnerportal.leads;

import java.util.List;

/**
 * What a visitor or a customer writes to a partner. {@code email} is ignored for a
 * signed-in customer: its contact address is used.
 */
public record NewLead(String contactName, String email, String companyName, CompanySize companySize,
		List<String> serviceCodes, String message, String language) {

	public NewLead {
		serviceCodes = (serviceCodes != null) ? List.copyOf(serviceCodes) : List.of();
	}

}
