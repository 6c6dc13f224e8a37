package com.partnerportal.delegation;

import java.util.EnumSet;
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
 * {@code ADMIN_AGENT} in every area, {@code HELPDESK_AGENT} in service requests; and, if
 * its partner's admin limited it to named customers, only in theirs;</li>
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
		checkFor(user, customerId, action, true);
	}

	/**
	 * Refuses the user unless it may look at ({@code change} false) or change something
	 * in this area of the tenant.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public void check(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		checkFor(user, customerId, action, change);
	}

	/**
	 * Refuses the user unless it may change something in this area of the tenant, and
	 * says what allows it: the role a partner acts by, for the change's event and the
	 * customer's activity log.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public Grant checkFor(PortalUser user, UUID customerId, TenantAction action) {
		return checkFor(user, customerId, action, true);
	}

	/**
	 * As {@link #checkFor(PortalUser, UUID, TenantAction)}, to look ({@code change}
	 * false) or to change.
	 * @throws ForbiddenException if {@link #may} says no
	 */
	public Grant checkFor(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		Grant grant = grant(user, customerId, action, change);
		if (grant == null) {
			throw new ForbiddenException(DENIED);
		}
		return grant;
	}

	/**
	 * Everything the user may do in the customer's tenant console, area by area: at most
	 * two statements (the partner's roles in the tenant; its standing and the user's
	 * named customers), none for the customer's admin or a user whose roles reach no
	 * area.
	 */
	public ConsoleAccess console(PortalUser user, UUID customerId) {
		if (user == null || customerId == null) {
			return ConsoleAccess.NONE;
		}
		if (user.kind() == AccountKind.CUSTOMER_ADMIN) {
			return customerId.equals(user.organizationId()) ? ConsoleAccess.CUSTOMER_ADMIN : ConsoleAccess.NONE;
		}
		if (user.kind() != AccountKind.PARTNER_USER) {
			return ConsoleAccess.NONE;
		}
		Set<TenantAction> areas = areasOf(user);
		if (areas.isEmpty()) {
			return ConsoleAccess.NONE;
		}
		Set<DelegatedRole> roles = this.delegatedAdmins.activeRoles(user.organizationId(), customerId);
		if (roles.isEmpty() || !this.partners.mayServeCustomer(user.organizationId(), user.accountId(), customerId)) {
			return ConsoleAccess.NONE;
		}
		return new ConsoleAccess(false, roles, areas);
	}

	/**
	 * What allows the user the action: {@link Grant#CUSTOMER} in its own tenant, the
	 * partner's {@link DelegatedRole} for a partner user, {@code null} if nothing does.
	 */
	Grant grant(PortalUser user, UUID customerId, TenantAction action, boolean change) {
		if (action == null
				|| (user != null && user.kind() == AccountKind.PARTNER_USER && !areasOf(user).contains(action))) {
			return null;
		}
		return console(user, customerId).grant(action, change);
	}

	/**
	 * The areas a partner user's own roles reach: {@code ADMIN_AGENT} every area,
	 * {@code HELPDESK_AGENT} service requests.
	 */
	private static Set<TenantAction> areasOf(PortalUser user) {
		if (user.hasRole(PartnerRole.ADMIN_AGENT.name())) {
			return EnumSet.allOf(TenantAction.class);
		}
		if (user.hasRole(PartnerRole.HELPDESK_AGENT.name())) {
			return EnumSet.of(TenantAction.SERVICE_REQUESTS);
		}
		return Set.of();
	}

	/**
	 * What allowed an action: the customer's own admin ({@code role} {@code null}), or a
	 * partner by the delegated role named.
	 */
	public record Grant(DelegatedRole role) {

		public static final Grant CUSTOMER = new Grant(null);

	}

}
