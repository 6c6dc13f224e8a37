package com.partnerportal.partner;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.security.AccountSessions;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A partner runs its own team: its partner admins invite users (who set a password by an
 * emailed link), change their roles and deactivate them. The partner always keeps one
 * active partner admin: each change is decided with the team locked, so two concurrent
 * requests cannot both remove the last two admins' rights.
 */
@Service
@Transactional(readOnly = true)
public class PartnerTeam {

	static final int MAX_PAGE_SIZE = 100;

	private final PartnerUserRepository users;

	private final PartnerRepository partners;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final Clock clock;

	PartnerTeam(PartnerUserRepository users, PartnerRepository partners, PasswordEncoder passwordEncoder,
			AccountSessions sessions, Clock clock) {
		this.users = users;
		this.partners = partners;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * A page of the team of the admin's partner: active users first, then by name. The
	 * order is the team's own (a sort asked for in the address is not used); the roles of
	 * the page's users come in one batched query.
	 */
	public Slice<TeamMember> members(PortalUser admin, Pageable pageable) {
		Pageable page = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
				: PageRequest.of(0, MAX_PAGE_SIZE);
		return this.users.findTeam(partnerOf(admin), page).map(PartnerUser::toTeamMember);
	}

	public TeamMember member(PortalUser admin, UUID userId) {
		return this.users.findById(userId)
			.filter((user) -> user.partnerId().equals(partnerOf(admin)))
			.map(PartnerUser::toTeamMember)
			.orElseThrow(() -> new NotFoundException("partner user"));
	}

	/**
	 * Invites a person to the admin's team: the account exists at once, without a usable
	 * password, and the person gets a set-password link by mail.
	 * @throws ConflictException if the email address already has an account
	 */
	@Transactional
	public UUID invite(PortalUser admin, NewTeamMember member) {
		return add(partnerOf(admin), member, false, Actor.of(admin));
	}

	/**
	 * The first partner admin of a partner just approved: invited like any team member,
	 * by the back office.
	 */
	@Transactional
	public UUID inviteFirstAdmin(UUID partnerId, String email, String displayName, String language, Actor actor) {
		if (!this.partners.existsById(partnerId)) {
			throw new NotFoundException("partner");
		}
		return add(partnerId, new NewTeamMember(email, displayName, language, Set.of(PartnerRole.PARTNER_ADMIN)), true,
				actor);
	}

	private UUID add(UUID partnerId, NewTeamMember member, boolean firstAdmin, Actor actor) {
		String email = member.email().strip();
		if (this.users.findByEmail(email).isPresent()) {
			throw new ConflictException("partner.team.email.taken");
		}
		String unusable = this.passwordEncoder.encode(SecureTokens.issue().token());
		PartnerUser user = PartnerUser.invited(partnerId, email, member.displayName().strip(), unusable,
				member.language().toLowerCase(Locale.ROOT), member.roles(), firstAdmin, actor, this.clock.instant());
		return this.users.saveAndFlush(user).id();
	}

	/**
	 * Gives a user of the admin's team exactly these roles.
	 * @throws ConflictException if it would leave the partner without an active partner
	 * admin, or nothing changes
	 */
	@Transactional
	public void changeRoles(PortalUser admin, UUID userId, Set<PartnerRole> roles) {
		List<PartnerUser> team = this.users.lockTeam(partnerOf(admin));
		requireActiveAdmin(team, admin);
		PartnerUser user = memberOf(team, userId);
		if (user.isActiveAdmin() && !roles.contains(PartnerRole.PARTNER_ADMIN) && activeAdmins(team) <= 1) {
			throw new ConflictException("partner.team.lastAdmin");
		}
		try {
			user.changeRoles(roles, Actor.of(admin), this.clock.instant());
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.users.save(user);
		endSessionsAfterCommit(user.email());
	}

	/**
	 * Deactivates a user of the admin's team: it can no longer sign in, and its sessions
	 * end once this is committed (its next request is signed out).
	 * @throws ConflictException if it is the last active partner admin, the admin itself,
	 * or already deactivated
	 */
	@Transactional
	public void deactivate(PortalUser admin, UUID userId) {
		List<PartnerUser> team = this.users.lockTeam(partnerOf(admin));
		requireActiveAdmin(team, admin);
		PartnerUser user = memberOf(team, userId);
		if (user.id().equals(admin.accountId())) {
			throw new ConflictException("partner.team.self");
		}
		if (user.isActiveAdmin() && activeAdmins(team) <= 1) {
			throw new ConflictException("partner.team.lastAdmin");
		}
		try {
			user.deactivate(Actor.of(admin), this.clock.instant());
		}
		catch (IllegalPartnerChangeException ex) {
			throw new ConflictException(ex.messageKey());
		}
		this.users.save(user);
		endSessionsAfterCommit(user.email());
	}

	/**
	 * The user's sessions end once the change is committed: its next request signs in
	 * again, with its roles as they are now (or not at all, once deactivated).
	 */
	private void endSessionsAfterCommit(String signInName) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				PartnerTeam.this.sessions.endSessions(signInName, null);
			}

		});
	}

	/**
	 * The acting admin as the database has it now, not as its session remembers it.
	 */
	private static void requireActiveAdmin(List<PartnerUser> team, PortalUser admin) {
		if (team.stream().noneMatch((user) -> user.id().equals(admin.accountId()) && user.isActiveAdmin())) {
			throw new ForbiddenException("partner.team.adminRequired");
		}
	}

	private static PartnerUser memberOf(List<PartnerUser> team, UUID userId) {
		return team.stream()
			.filter((user) -> user.id().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("partner user"));
	}

	private static long activeAdmins(List<PartnerUser> team) {
		return team.stream().filter(PartnerUser::isActiveAdmin).count();
	}

	/**
	 * Only a partner admin manages its team, checked here whatever the caller.
	 */
	private static UUID partnerOf(PortalUser admin) {
		if (admin == null || admin.kind() != AccountKind.PARTNER_USER
				|| !admin.hasRole(PartnerRole.PARTNER_ADMIN.name())) {
			throw new ForbiddenException("partner.team.adminRequired");
		}
		return admin.organizationId();
	}

}
