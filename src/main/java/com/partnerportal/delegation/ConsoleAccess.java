package com.partnerportal.delegation;

import java.util.EnumSet;
import java.util.Set;

import com.partnerportal.delegation.TenantAccess.Grant;

/**
 * What one person may do in one customer's tenant console, area by area, as
 * {@link TenantAccess} decided it for the current request: the tenant's own admin may do
 * everything; a partner user what its delegated roles allow in the areas its own roles
 * reach. Computed once per request (the console's frame and pages read it to show only
 * what may be used); the server checks every change again.
 *
 * @param customerAdmin whether the person is an admin of the tenant itself
 * @param roles the delegated roles the person's partner holds in the tenant (empty for
 * the customer's admin and for whoever may do nothing)
 * @param areas the areas the person's own roles reach
 */
public record ConsoleAccess(boolean customerAdmin, Set<DelegatedRole> roles, Set<TenantAction> areas) {

	/** The request attribute the tenant access check leaves for the console's pages. */
	public static final String REQUEST_ATTRIBUTE = "com.partnerportal.delegation.ConsoleAccess";

	/** Nothing at all. */
	public static final ConsoleAccess NONE = new ConsoleAccess(false, Set.of(), Set.of());

	/** The tenant's own admin: everything, in its own name. */
	static final ConsoleAccess CUSTOMER_ADMIN = new ConsoleAccess(true, Set.of(), EnumSet.allOf(TenantAction.class));

	public ConsoleAccess {
		roles = Set.copyOf(roles);
		areas = Set.copyOf(areas);
	}

	/**
	 * What allows looking at ({@code change} false) or changing something in
	 * ({@code change} true) this area; {@code null} if nothing does.
	 */
	public Grant grant(TenantAction action, boolean change) {
		if (action == null || !this.areas.contains(action)) {
			return null;
		}
		if (this.customerAdmin) {
			return Grant.CUSTOMER;
		}
		DelegatedRole role = DelegatedRole.granting(this.roles, action, change);
		return (role != null) ? new Grant(role) : null;
	}

	/** Whether the person may look at this area (its menu entry and pages). */
	public boolean mayLook(TenantAction action) {
		return grant(action, false) != null;
	}

	/** Whether the person may change something in this area (its forms and buttons). */
	public boolean mayChange(TenantAction action) {
		return grant(action, true) != null;
	}

	/**
	 * The first area, in the console's order, the person may look at; {@code null} if
	 * none.
	 */
	public TenantAction firstArea() {
		for (TenantAction action : TenantAction.values()) {
			if (mayLook(action)) {
				return action;
			}
		}
		return null;
	}

	/** Whether the person acts on the customer's behalf (a partner user). */
	public boolean onBehalf() {
		return !this.customerAdmin;
	}

}
