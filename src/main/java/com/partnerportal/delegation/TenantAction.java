package com.partnerportal.delegation;

/**
 * The area of a customer's tenant console a person acts in; {@link TenantAccess} decides
 * per area whether the person may look ({@code GET}) or change something there.
 */
public enum TenantAction {

	/** Users and their licenses. */
	USERS,
	/** Groups and their members. */
	GROUPS,
	/** Shared mailboxes. */
	MAILBOXES,
	/** Data migrations into mailboxes. */
	DATA_MIGRATIONS,
	/** Service requests to the partner. */
	SERVICE_REQUESTS

}
