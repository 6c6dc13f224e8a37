package com.partnerportal.onboarding;

/**
 * The fields of an application the back office may ask the applicant to change (the
 * domain, cloud instance and contact email are not among them: they identify the
 * application).
 */
public enum ApplicationField {

	LEGAL_NAME, WEBSITE, COUNTRY, CONTACT_NAME, SERVICES, PROGRAMS

}
