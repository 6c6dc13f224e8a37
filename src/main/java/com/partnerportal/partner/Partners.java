package com.partnerportal.partner;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner module's API: partners, their users and their standing in the program.
 */
@Service
@Transactional(readOnly = true)
public class Partners implements SignInAccounts, AccountLanguages {

	private final PartnerRepository partners;

	private final PartnerUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PartnerQueries queries;

	private final PartnerAgreements agreements;

	private final Clock clock;

	Partners(PartnerRepository partners, PartnerUserRepository users, PasswordEncoder passwordEncoder,
			PartnerQueries queries, PartnerAgreements agreements, Clock clock) {
		this.partners = partners;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.queries = queries;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * What the partner may do now (standing, agreement, grace period), in one query: read
	 * on every partner request, so a change in the back office takes effect at once.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PartnerStanding standing(UUID partnerId) {
		return this.queries.standing(partnerId, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("partner"));
	}

	/**
	 * Signed and not suspended: the partner serves its existing customers, its delegated
	 * access included (a sales freeze does not stop that).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean mayServeCustomers(UUID partnerId) {
		return this.partners.mayServeCustomers(partnerId);
	}

	/**
	 * As {@link #mayServeCustomers(UUID)}, and the partner's user may act for this
	 * customer: it is not limited by its partner's admin to other customers. One
	 * statement in the caller's transaction, or alone without one (the tenant check runs
	 * it on every console request).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean mayServeCustomer(UUID partnerId, UUID userId, UUID customerId) {
		return this.partners.mayServeCustomer(partnerId, userId, customerId);
	}

	public PartnerView partner(UUID partnerId) {
		return this.partners.findById(partnerId)
			.map(Partner::toView)
			.orElseThrow(() -> new NotFoundException("partner"));
	}

	/**
	 * Only partners with a signed agreement use partner features (checked on every
	 * request, so a change in the back office takes effect at once). One statement in the
	 * caller's transaction, or alone without one (no transaction of its own: it runs
	 * before every partner page).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasSignedAgreement(UUID partnerId) {
		return this.partners.hasSignedAgreement(partnerId);
	}

	public Optional<PartnerUserView> user(UUID userId) {
		return this.users.findById(userId).map(PartnerUser::toView);
	}

	/**
	 * The partner's users who sell (partner admins and sales agents): they get the
	 * partner's mails about its customers.
	 */
	public List<PartnerUserView> sellers(UUID partnerId) {
		return this.users
			.findEnabledWithRoles(partnerId, EnumSet.of(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT))
			.stream()
			.map(PartnerUser::toView)
			.toList();
	}

	/**
	 * The partner's enabled admins (PARTNER_ADMIN): they get the mails about the
	 * partner's relationships as such, e.g. that a delegated admin ends soon.
	 */
	public List<PartnerUserView> admins(UUID partnerId) {
		return this.users.findEnabledWithRoles(partnerId, EnumSet.of(PartnerRole.PARTNER_ADMIN))
			.stream()
			.map(PartnerUser::toView)
			.toList();
	}

	/**
	 * Partner names by id, in one query.
	 */
	public Map<UUID, String> names(Collection<UUID> partnerIds) {
		return partnerIds.isEmpty() ? Map.of() : this.partners.findNames(partnerIds.toArray(UUID[]::new))
			.stream()
			.collect(Collectors.toMap(PartnerRepository.PartnerName::getId, PartnerRepository.PartnerName::getName));
	}

	/**
	 * The partners a customer means by a partner id or a name (exact, ignoring case):
	 * none, one, or several with the same name.
	 */
	public List<PartnerView> findByIdOrName(String reference) {
		String text = (reference != null) ? reference.strip() : "";
		if (text.isEmpty()) {
			return List.of();
		}
		try {
			return this.partners.findById(UUID.fromString(text)).map(Partner::toView).stream().toList();
		}
		catch (IllegalArgumentException notAnId) {
			return this.partners.findByNameIgnoreCase(text).stream().map(Partner::toView).toList();
		}
	}

	/**
	 * Partners a customer of this cloud instance may pick (a signed agreement, the same
	 * instance) whose name contains {@code text}, ignoring case, by name; at most
	 * {@code limit}.
	 */
	public List<PartnerView> searchByName(String text, CloudInstance cloudInstance, int limit) {
		String needle = (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
		if (needle.isEmpty()) {
			return List.of();
		}
		String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.partners.searchSigned(pattern, cloudInstance, PageRequest.of(0, limit))
			.stream()
			.map(Partner::toView)
			.toList();
	}

	public boolean existsWithName(String name) {
		return this.partners.existsByNameIgnoreCase(name);
	}

	/**
	 * Registers a partner with its company domain (unique among partners, stored in lower
	 * case), as an approved application does.
	 */
	@Transactional
	public UUID register(String name, String domain, CloudInstance cloudInstance, Set<Program> programs,
			Set<String> authorizedServiceCodes) {
		return this.partners
			.save(new Partner(name, domain, cloudInstance, programs, authorizedServiceCodes, this.clock.instant()))
			.id();
	}

	@Transactional
	public UUID register(String name, CloudInstance cloudInstance, Set<Program> programs,
			Set<String> authorizedServiceCodes) {
		return this.partners
			.save(new Partner(name, cloudInstance, programs, authorizedServiceCodes, this.clock.instant()))
			.id();
	}

	/**
	 * Records that the partner signed this (published) version of the agreement.
	 */
	@Transactional
	public void signAgreement(UUID partnerId, String version, String signedBy) {
		this.agreements.sign(partnerId, version, signedBy);
	}

	@Transactional
	public UUID addUser(UUID partnerId, String email, String displayName, String rawPassword, String language,
			Set<PartnerRole> roles) {
		if (!this.partners.existsById(partnerId)) {
			throw new NotFoundException("partner");
		}
		PartnerUser user = new PartnerUser(partnerId, email.trim(), displayName,
				this.passwordEncoder.encode(rawPassword), language, roles, this.clock.instant());
		return this.users.save(user).id();
	}

	@Override
	public Optional<PortalUser> findForSignIn(String username) {
		return this.users.findByEmail(username).filter(PartnerUser::isEnabled).map(PartnerUser::toPortalUser);
	}

	@Override
	@Transactional
	public void changePreferredLanguage(PortalUser account, Locale language) {
		if (account.kind() == AccountKind.PARTNER_USER) {
			this.users.findById(account.accountId()).ifPresent((owned) -> owned.changeLanguage(language));
		}
	}

	/**
	 * The selling rule, called by every entry point that sells (new trial invitations,
	 * purchase offers, delegated-admin requests, resending a link): the partner of a user
	 * who is a sales agent or partner admin of a partner with a signed agreement, whose
	 * standing lets it sell (not sales frozen, not suspended) and that is not past the
	 * grace period of a newer agreement version.
	 * @throws ForbiddenException if the user's role does not sell
	 * @throws PartnerRefusedException if the partner may not sell, saying why
	 */
	public PartnerView sellingPartnerOf(PortalUser user) {
		requireSellingRole(user);
		PartnerStanding standing = standing(user.organizationId());
		if (!standing.maySell()) {
			throw new PartnerRefusedException(standing.refusalKey(), standing.refusalArgument());
		}
		return partner(user.organizationId());
	}

	/**
	 * The partner of a seller acting on what it sent already (revoking an invitation): a
	 * sales freeze does not stop that, a suspension does.
	 * @throws ForbiddenException if the user's role does not sell
	 * @throws PartnerRefusedException if the partner is suspended or never signed
	 */
	public PartnerView servingPartnerOf(PortalUser user) {
		requireSellingRole(user);
		PartnerStanding standing = standing(user.organizationId());
		if (standing.isSuspended()) {
			throw new PartnerRefusedException("partner.standing.suspended.page", standing.standingReason());
		}
		if (!standing.agreementSigned()) {
			throw new ForbiddenException("partner.agreement.required");
		}
		return partner(user.organizationId());
	}

	private static void requireSellingRole(PortalUser user) {
		if (user.kind() != AccountKind.PARTNER_USER || Arrays.stream(PartnerRole.SELLING).noneMatch(user::hasRole)) {
			throw new ForbiddenException("partner.role.selling-required");
		}
	}

}
