package com.partnerportal.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner admin limits a user of its team (an admin or helpdesk agent) to named
 * customers, so that a large partner does not give every agent every tenant. A user
 * limited to none acts for every customer its partner administers. The tenant check
 * ({@code TenantAccess}) reads the limit on every request; the partner's customer list
 * shows a limited user its customers only. Which customers are the partner's is the
 * customer module's to say: its callers pass only customers they found to be the
 * partner's.
 */
@Service
@Transactional(readOnly = true)
public class AgentCustomerLimits {

	private final CustomerScopeRepository scopes;

	private final PartnerUserRepository users;

	private final Clock clock;

	AgentCustomerLimits(CustomerScopeRepository scopes, PartnerUserRepository users, Clock clock) {
		this.scopes = scopes;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * The customers the user is limited to; empty if it is not limited. One statement, in
	 * the caller's transaction or alone.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Set<UUID> customersOf(UUID userId) {
		return Set.copyOf(this.scopes.findCustomerIds(userId));
	}

	/**
	 * A user of the admin's team with, of the customers shown to the admin, those it is
	 * limited to.
	 * @throws ForbiddenException if the signed-in person is no partner admin, or the user
	 * is another partner's
	 * @throws NotFoundException if there is no such user
	 */
	public MemberLimits limitsOf(PortalUser admin, UUID userId, Collection<UUID> shownCustomerIds) {
		PartnerUser user = teamMember(admin, this.users.findById(userId).orElse(null));
		Set<UUID> chosen = shownCustomerIds.isEmpty() ? Set.of()
				: Set.copyOf(this.scopes.findCustomerIdsAmong(userId, shownCustomerIds));
		return new MemberLimits(user.toTeamMember(), this.scopes.isLimited(userId), chosen);
	}

	/**
	 * Of the customers shown to the admin (the caller checked they are the partner's),
	 * the user is limited to those chosen from now on, and no longer to the others.
	 * Changes of one team run one after the other.
	 * @throws ForbiddenException if the signed-in person is no active partner admin, or
	 * the user is another partner's
	 * @throws NotFoundException if there is no such user
	 * @throws ConflictException if the user is deactivated
	 * @throws IllegalArgumentException if a chosen customer was not shown
	 */
	@Transactional
	public void limit(PortalUser admin, UUID userId, Set<UUID> shownCustomerIds, Set<UUID> chosenCustomerIds) {
		if (!shownCustomerIds.containsAll(chosenCustomerIds)) {
			throw new IllegalArgumentException("Only customers shown may be chosen");
		}
		PartnerUser user = lockedMember(admin, userId);
		Instant now = this.clock.instant();
		int added = 0;
		for (UUID customerId : chosenCustomerIds) {
			added += this.scopes.add(userId, customerId, now);
		}
		Set<UUID> dropped = new HashSet<>(shownCustomerIds);
		dropped.removeAll(chosenCustomerIds);
		int removed = dropped.isEmpty() ? 0 : this.scopes.remove(userId, dropped);
		record(user, added, removed, admin, now);
	}

	/**
	 * The user is limited to no customer any more: it acts for every customer of its
	 * partner.
	 * @throws ForbiddenException if the signed-in person is no active partner admin, or
	 * the user is another partner's
	 * @throws NotFoundException if there is no such user
	 * @throws ConflictException if the user is deactivated
	 */
	@Transactional
	public void unlimit(PortalUser admin, UUID userId) {
		PartnerUser user = lockedMember(admin, userId);
		record(user, 0, this.scopes.removeAll(userId), admin, this.clock.instant());
	}

	private void record(PartnerUser user, int added, int removed, PortalUser admin, Instant now) {
		int total = this.scopes.findCustomerIds(user.id()).size();
		try {
			user.limitToCustomers(added, removed, total, Actor.of(admin), now);
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.users.save(user);
	}

	/**
	 * The user, of the admin's team locked until the transaction ends; the admin as the
	 * database has it now.
	 */
	private PartnerUser lockedMember(PortalUser admin, UUID userId) {
		List<PartnerUser> team = this.users.lockTeam(partnerOf(admin));
		if (team.stream().noneMatch((member) -> member.id().equals(admin.accountId()) && member.isActiveAdmin())) {
			throw new ForbiddenException("partner.team.adminRequired");
		}
		PartnerUser found = team.stream().filter((member) -> member.id().equals(userId)).findFirst().orElse(null);
		PartnerUser user = teamMember(admin, (found != null) ? found : this.users.findById(userId).orElse(null));
		if (!user.isEnabled()) {
			throw new ConflictException("partner.team.deactivated");
		}
		return user;
	}

	private static PartnerUser teamMember(PortalUser admin, PartnerUser user) {
		UUID partnerId = partnerOf(admin);
		if (user == null) {
			throw new NotFoundException("partner user");
		}
		if (!user.partnerId().equals(partnerId)) {
			throw new ForbiddenException("access.limits.foreignUser");
		}
		return user;
	}

	private static UUID partnerOf(PortalUser admin) {
		if (admin == null || admin.kind() != AccountKind.PARTNER_USER
				|| !admin.hasRole(PartnerRole.PARTNER_ADMIN.name())) {
			throw new ForbiddenException("partner.team.adminRequired");
		}
		return admin.organizationId();
	}

	/**
	 * A user of the team as the admin's limits page shows it.
	 *
	 * @param member the user
	 * @param limited whether it is limited to named customers at all
	 * @param chosen of the customers shown, those it is limited to
	 */
	public record MemberLimits(TeamMember member, boolean limited, Set<UUID> chosen) {

	}

}
