package com.partnerportal.delegation;

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
 * time: a removal takes effect on the partner's very next request.
 * <ul>
 * <li>an admin of the customer may do anything in its own tenant;</li>
 * <li>a partner user may act only while its partner holds the customer's active delegated
 * admin, has a signed agreement and is not suspended (a sales freeze keeps it serving its
 * customers), and only in its roles: {@code ADMIN_AGENT} administers, {@code ADMIN_AGENT}
 * and {@code HELPDESK_AGENT} handle service requests;</li>
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

	public boolean may(PortalUser user, UUID customerId, TenantAction action) {
		if (user == null || customerId == null) {
			return false;
		}
		if (user.kind() == AccountKind.CUSTOMER_ADMIN) {
			return customerId.equals(user.organizationId());
		}
		if (user.kind() != AccountKind.PARTNER_USER || !hasRoleFor(user, action)) {
			return false;
		}
		return this.delegatedAdmins.holdsActive(user.organizationId(), customerId)
				&& this.partners.mayServeCustomers(user.organizationId());
	}

	/**
	 * Refuses the user unless it may take the action in the tenant.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public void check(PortalUser user, UUID customerId, TenantAction action) {
		if (!may(user, customerId, action)) {
			throw new ForbiddenException(DENIED);
		}
	}

	private static boolean hasRoleFor(PortalUser user, TenantAction action) {
		return switch (action) {
			case ADMINISTER -> user.hasRole(PartnerRole.ADMIN_AGENT.name());
			case SUPPORT ->
				user.hasRole(PartnerRole.ADMIN_AGENT.name()) || user.hasRole(PartnerRole.HELPDESK_AGENT.name());
		};
	}

}
