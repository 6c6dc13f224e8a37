package com.partnerportal.delegation;

import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;

import org.springframework.stereotype.Component;

/**
 * The one check of who may act in which customer's tenant, made on every request to a
 * tenant's console (by {@code TenantAccessInterceptor}) and read from the database each
 * time: a removal, a role taken back or an end date reached takes effect on the partner's
 * very next request.
 * <ul>
 * <li>an admin of the customer may do anything in its own tenant;</li>
 * <li>a partner user may act only while its partner holds the customer's active delegated
 * admin (before its end date), has a signed agreement and is not suspended (a sales
 * freeze keeps it serving its customers); only in the areas the relationship's
 * {@link DelegatedRole roles} grant (to look, or to change); and only in its own roles:
 * {@code ADMIN_AGENT} in every area, {@code HELPDESK_AGENT} in service requests;</li>
 * <li>nobody else.</li>
 * </ul>
 */
@Component("tenantAccess")
public class TenantAccess {

	public static final String DENIED = "delegation.access.denied";

	private final DelegatedAdmins delegatedAdmins;

	private final Partners partners;

	TenantAccess(DelegatedAdmins delegatedAdmins, Partners partners) {
		this.delegatedAdmins = delegatedAdmins;
		this.partners = partners;
	}

	/**
	 * Whether the user may look at ({@code change} false) or change something in
	 * ({@code change} true) this area of the customer's tenant.
	 */
	public boolean may(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		return grant(user, customerId, action, change) != null;
	}

	/**
	 * Refuses the user unless it may change something in this area of the tenant.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public void check(PortalUser user, UUID customerId, TenantAction action) {
		check(user, customerId, action, true);
	}

	/**
	 * Refuses the user unless it may look at ({@code change} false) or change something
	 * in this area of the tenant.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public void check(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		if (!may(user, customerId, action, change)) {
			throw new ForbiddenException(DENIED);
		}
	}

	/**
	 * What allows the user the action: {@link Grant#CUSTOMER_ADMIN} in its own tenant,
	 * the partner's {@link DelegatedRole} for a partner user, {@code null} if nothing
	 * does.
	 */
	Grant grant(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		if (user == null || customerId == null || action == null) {
			return null;
		}
		if (user.kind() == AccountKind.CUSTOMER_ADMIN) {
			return customerId.equals(user.organizationId()) ? Grant.CUSTOMER : null;
		}
		if (user.kind() != AccountKind.PARTNER_USER || !hasRoleFor(user, action)) {
			return null;
		}
		Set<DelegatedRole> roles = this.delegatedAdmins.activeRoles(user.organizationId(), customerId);
		DelegatedRole role = DelegatedRole.granting(roles, action, change);
		if (role == null || !this.partners.mayServeCustomers(user.organizationId())) {
			return null;
		}
		return new Grant(role);
	}

	private static boolean hasRoleFor(PortalUser user, TenantAction action) {
		if (user.hasRole(PartnerRole.ADMIN_AGENT.name())) {
			return true;
		}
		return action == TenantAction.SERVICE_REQUESTS && user.hasRole(PartnerRole.HELPDESK_AGENT.name());
	}

	/**
	 * What allowed an action: the customer's own admin ({@code role} {@code null}), or a
	 * partner by the delegated role named.
	 */
	record Grant(DelegatedRole role) {

		static final Grant CUSTOMER = new Grant(null);

	}

}
