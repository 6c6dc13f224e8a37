package com.partnerportal.invitation;

import java.util.Set;

import com.partnerportal.delegation.DelegatedRole;

/**
 * What the customer chose on the link's page: for a new customer the tenant to create
 * ({@code newTenant} null to accept into a tenant it already has or administers), and
 * whether to approve the delegated-admin request the invitation carries (a request sent
 * alone is approved by accepting it). {@code approvedRoles} are the roles of the request
 * the customer approves ({@code null}: every requested role if it approves); approving
 * none declines delegated admin.
 */
public record CustomerChoices(NewTenantDetails newTenant, boolean approveDelegatedAdmin,
		Set<DelegatedRole> approvedRoles) {

	/**
	 * Choices that approve every requested role ({@code approveDelegatedAdmin}) or none.
	 */
	public CustomerChoices(NewTenantDetails newTenant, boolean approveDelegatedAdmin) {
		this(newTenant, approveDelegatedAdmin, null);
	}

	/**
	 * The customer approves exactly these of the requested roles (none: declines
	 * delegated admin).
	 */
	public static CustomerChoices approvingRoles(NewTenantDetails newTenant, Set<DelegatedRole> roles) {
		return new CustomerChoices(newTenant, !roles.isEmpty(), Set.copyOf(roles));
	}

}
