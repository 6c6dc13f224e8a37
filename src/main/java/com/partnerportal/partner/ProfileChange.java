package com.partnerportal.partner;

/**
 * A partner's company profile, as shown and as a partner admin changes it (blank values
 * stored as none).
 */
public record ProfileChange(String displayName, String website, String contactName, String contactEmail,
		String contactPhone) {

	public ProfileChange {
		displayName = strip(displayName);
		website = strip(website);
		contactName = strip(contactName);
		contactEmail = strip(contactEmail);
		contactPhone = strip(contactPhone);
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
