package com.partnerportal.delegation;

/**
 * What a person wants to do in a customer's tenant.
 */
public enum TenantAction {

	/** Users, groups, mailboxes, data migrations: a partner's admin agents. */
	ADMINISTER,
	/** Service requests: a partner's admin agents and helpdesk agents. */
	SUPPORT

}
