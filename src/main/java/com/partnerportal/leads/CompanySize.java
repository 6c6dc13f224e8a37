package com.partnerportal.leads;

/**
 * How many people the company that writes has: small (1–49), medium (50–249), large
 * (250–999), enterprise (1,000 or more).
 */
public enum CompanySize {

	SMALL, MEDIUM, LARGE, ENTERPRISE

}
