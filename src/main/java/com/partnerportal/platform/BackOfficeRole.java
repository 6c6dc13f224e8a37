package com.partnerportal.platform;

/**
 * What a back-office account may do: an admin runs everything; a support agent answers
 * the support queue and reads the rest.
 */
public enum BackOfficeRole {

	BACK_OFFICE_ADMIN, SUPPORT_AGENT

}
