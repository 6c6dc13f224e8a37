package com.partnerportal.partner;

/**
 * What a partner user may do; a user may hold several roles.
 */
public enum PartnerRole {

	/** Manages the partner's users, profile and listing. */
	PARTNER_ADMIN,
	/** Sends trial invitations and purchase offers. */
	SALES_AGENT,
	/** Administers customers under delegated admin. */
	ADMIN_AGENT,
	/** Opens service requests on a customer's behalf. */
	HELPDESK_AGENT;

	/** Roles that send trial invitations and purchase offers. */
	public static final String[] SELLING = { "PARTNER_ADMIN", "SALES_AGENT" };

}
