package com.partnerportal.invitation;

/**
 * What the customer chose on the link's page: for a new customer the tenant to create
 * ({@code newTenant} null to accept into a tenant it already has or administers), and
 * whether to approve the delegated-admin request the invitation carries (a request sent
 * alone is approved by accepting it).
 */
public record CustomerChoices(NewTenantDetails newTenant, boolean approveDelegatedAdmin) {

	/**
	 * A new customer creates its tenant and declines any delegated-admin request.
	 */
	public static CustomerChoices newTenant(NewTenantDetails newTenant) {
		return new CustomerChoices(newTenant, false);
	}

	/**
	 * An existing customer (or an admin accepting into its own tenant) declines any
	 * delegated-admin request.
	 */
	public static CustomerChoices existingTenant() {
		return new CustomerChoices(null, false);
	}

	/**
	 * An existing customer (or an admin accepting into its own tenant) decides on the
	 * delegated-admin request.
	 */
	public static CustomerChoices existingTenant(boolean approveDelegatedAdmin) {
		return new CustomerChoices(null, approveDelegatedAdmin);
	}

}
