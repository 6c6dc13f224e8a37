package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.Customers;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.notification.MailOutbox;
import com.partnerportal.notification.OutgoingMail;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerUserView;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalDates;
import com.partnerportal.platform.PortalLinks;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.web.SupportedLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation module's API for trial invitations: sending, the customer's link, and
 * the partner's list.
 */
@Service
@Transactional(readOnly = true)
public class TrialInvitations {

	private static final Logger logger = LoggerFactory.getLogger(TrialInvitations.class);

	static final int MAX_OFFERS = 20;

	private static final int EXPIRY_BATCH = 100;

	private final InvitationRepository invitations;

	private final Catalog catalog;

	private final Partners partners;

	private final Customers customers;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final PortalDates dates;

	private final PortalProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrialInvitations(InvitationRepository invitations, Catalog catalog, Partners partners, Customers customers,
			MailOutbox mailOutbox, PortalLinks links, PortalDates dates, PortalProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.invitations = invitations;
		this.catalog = catalog;
		this.partners = partners;
		this.customers = customers;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.dates = dates;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The offers this partner may put in a trial invitation.
	 */
	public List<OfferView> trialOffersFor(UUID partnerId) {
		return this.catalog.trialOffersFor(this.partners.partner(partnerId).authorizedServiceCodes());
	}

	/**
	 * Stores the invitation and its mail in one transaction; the mail goes out after
	 * commit.
	 * @throws InvitationRejectedException if an offer is not one the partner may offer on
	 * trial
	 */
	@Transactional
	public UUID send(PortalUser sender, NewTrialInvitation command) {
		PartnerView partner = requireSellingPartner(sender);
		List<String> offerCodes = List.copyOf(new LinkedHashSet<>(command.offerCodes()));
		if (offerCodes.isEmpty()) {
			throw new InvitationRejectedException("offerCodes", "invitation.offers.required");
		}
		if (offerCodes.size() > MAX_OFFERS) {
			throw new InvitationRejectedException("offerCodes", "invitation.offers.too-many");
		}
		List<OfferView> offers = new ArrayList<>();
		for (String code : offerCodes) {
			OfferView offer = this.catalog.offer(code)
				.filter(OfferView::hasTrial)
				.filter((candidate) -> candidate.isCoveredBy(partner.authorizedServiceCodes()))
				.orElseThrow(() -> new InvitationRejectedException("offerCodes", "invitation.offers.not-authorized"));
			offers.add(offer);
		}
		if (!SupportedLanguages.isSupported(command.language())) {
			throw new InvitationRejectedException("language", "invitation.language.unsupported");
		}
		Instant now = this.clock.instant();
		SecureTokens.IssuedToken token = SecureTokens.issue();
		Invitation invitation = new Invitation(InvitationKind.TRIAL, partner.id(), sender.accountId(),
				command.companyName().trim(), command.contactName().trim(), command.email().trim(), command.language(),
				blankToNull(command.personalMessage()), offerCodes, token.hash(),
				now.plus(this.properties.invitationValidity()), now);
		this.invitations.save(invitation);
		queueInvitationMail(invitation, partner, offers, token.token());
		publish(InvitationStep.SENT, invitation, Actor.of(sender), now);
		return invitation.id();
	}

	/**
	 * A new link for an open or expired invitation; the old link stops working.
	 */
	@Transactional
	public void resend(PortalUser sender, UUID invitationId) {
		PartnerView partner = requireSellingPartner(sender);
		Invitation invitation = this.invitations.findByIdAndPartnerIdForUpdate(invitationId, partner.id())
			.orElseThrow(() -> new NotFoundException("invitation"));
		Instant now = this.clock.instant();
		SecureTokens.IssuedToken token = SecureTokens.issue();
		try {
			invitation.resend(token.hash(), now.plus(this.properties.invitationValidity()), now);
		}
		catch (IllegalInvitationStateException ex) {
			throw new ConflictException("invitation.resend.not-possible", stateKey(ex.state()));
		}
		List<OfferView> offers = invitation.offerCodes()
			.stream()
			.map((code) -> this.catalog.offer(code).orElseThrow())
			.toList();
		queueInvitationMail(invitation, partner, offers, token.token());
		publish(InvitationStep.RESENT, invitation, Actor.of(sender), now);
	}

	@Transactional
	public void revoke(PortalUser sender, UUID invitationId) {
		PartnerView partner = requireSellingPartner(sender);
		Invitation invitation = this.invitations.findByIdAndPartnerIdForUpdate(invitationId, partner.id())
			.orElseThrow(() -> new NotFoundException("invitation"));
		Instant now = this.clock.instant();
		try {
			invitation.revoke(now);
		}
		catch (IllegalInvitationStateException ex) {
			throw new ConflictException("invitation.revoke.not-possible", stateKey(ex.state()));
		}
		publish(InvitationStep.REVOKED, invitation, Actor.of(sender), now);
	}

	/**
	 * What the link shows. Opening records the first view and changes nothing else.
	 * @throws UnknownInvitationLinkException if the token matches no invitation
	 */
	@Transactional
	public InvitationLinkView open(String token) {
		Invitation invitation = findByToken(token, false);
		Instant now = this.clock.instant();
		if (invitation.markViewed(now)) {
			publish(InvitationStep.VIEWED, invitation, Actor.invitee(invitation.email()), now);
		}
		PartnerView partner = this.partners.partner(invitation.partnerId());
		Map<String, OfferView> offers = this.catalog.offersByCode();
		return new InvitationLinkView(invitation.toSummary(now), partner.name(),
				invitation.offerCodes().stream().map(offers::get).toList(),
				this.customers.firstAdminSignInName("your-company"));
	}

	public boolean isDomainPrefixTaken(String prefix) {
		return this.customers.isDomainPrefixTaken(prefix);
	}

	public String firstAdminSignInName(String prefix) {
		return this.customers.firstAdminSignInName(prefix);
	}

	/**
	 * Accepts the invitation: tenant, first admin, one trial per offer, and the
	 * invitation marked accepted, all in one transaction. The link's row is locked, so a
	 * second acceptance waits and then finds the invitation decided.
	 * @throws com.partnerportal.customer.DomainPrefixTakenException if the prefix is
	 * taken; nothing is saved
	 */
	@Transactional
	public AcceptOutcome accept(String token, AcceptTrialInvitation command) {
		Invitation invitation = findByToken(token, true);
		Instant now = this.clock.instant();
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return new AcceptOutcome.AlreadyDecided(state);
		}
		PartnerView partner = this.partners.partner(invitation.partnerId());
		Map<String, OfferView> offers = this.catalog.offersByCode();
		List<NewTenant.TrialStart> trials = invitation.offerCodes().stream().map(offers::get).map((offer) -> {
			return new NewTenant.TrialStart(offer.code(), offer.trialTerms().licenseCount(), offer.trialTerms().days());
		}).toList();
		Actor invitee = Actor.invitee(invitation.email());
		CreatedTenant tenant = this.customers.createTenant(new NewTenant(command.organizationName().trim(),
				command.domainPrefix(), command.adminName().trim(), command.password(), invitation.email(),
				invitation.language(), partner.cloudInstance(), partner.id(), trials), invitee);
		invitation.accept(tenant.customerId(), now);
		queuePartnerMail(invitation, "trial-invitation-accepted", tenant.domain());
		publish(InvitationStep.ACCEPTED, invitation, invitee, now);
		return new AcceptOutcome.Accepted(tenant);
	}

	/**
	 * Declines the invitation; a second decline (or a decline of an accepted invitation)
	 * changes nothing and says how it ended.
	 */
	@Transactional
	public Optional<InvitationState> decline(String token) {
		Invitation invitation = findByToken(token, true);
		Instant now = this.clock.instant();
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return Optional.of(state);
		}
		invitation.decline(now);
		queuePartnerMail(invitation, "trial-invitation-declined", null);
		publish(InvitationStep.DECLINED, invitation, Actor.invitee(invitation.email()), now);
		return Optional.empty();
	}

	/**
	 * Marks overdue invitations expired. Safe on every instance at once: rows are claimed
	 * with SKIP LOCKED.
	 */
	@Scheduled(cron = "${portal.invitations.expiry-cron:0 */5 * * * *}")
	@Transactional
	public int expireOverdue() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<Invitation> overdue;
		do {
			overdue = this.invitations.claimOverdue(now, EXPIRY_BATCH);
			for (Invitation invitation : overdue) {
				if (invitation.expireIfOverdue(now)) {
					publish(InvitationStep.EXPIRED, invitation, Actor.system(), now);
					expired++;
				}
			}
			this.invitations.flush();
		}
		while (overdue.size() == EXPIRY_BATCH);
		if (expired > 0) {
			logger.info("Expired {} invitations", expired);
		}
		return expired;
	}

	public Page<InvitationSummary> list(UUID partnerId, InvitationState state, Pageable pageable) {
		Instant now = this.clock.instant();
		Page<Invitation> page;
		if (state == null) {
			page = this.invitations.findByPartnerIdOrderByCreatedAtDesc(partnerId, pageable);
		}
		else if (state.isOpen()) {
			page = this.invitations.findOpenInState(partnerId, state, now, pageable);
		}
		else if (state == InvitationState.EXPIRED) {
			page = this.invitations.findExpired(partnerId, now, pageable);
		}
		else {
			page = this.invitations.findByPartnerIdAndStateOrderByCreatedAtDesc(partnerId, state, pageable);
		}
		return page.map((invitation) -> invitation.toSummary(now));
	}

	/**
	 * One of the partner's invitations; another partner's is not found.
	 */
	public InvitationSummary get(UUID partnerId, UUID invitationId) {
		return this.invitations.findByIdAndPartnerId(invitationId, partnerId)
			.map((invitation) -> invitation.toSummary(this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("invitation"));
	}

	public PartnerOverview overview(UUID partnerId) {
		Map<InvitationState, Long> counts = new EnumMap<>(InvitationState.class);
		this.invitations.countByState(partnerId, this.clock.instant())
			.forEach((row) -> counts.merge(InvitationState.valueOf(row.getState()), row.getCount(), Long::sum));
		List<InvitationSummary> latest = list(partnerId, null, PageRequest.of(0, 5)).getContent();
		return new PartnerOverview(counts, latest, this.customers.countOf(partnerId));
	}

	private PartnerView requireSellingPartner(PortalUser user) {
		if (user.kind() != AccountKind.PARTNER_USER || Arrays.stream(PartnerRole.SELLING).noneMatch(user::hasRole)) {
			throw new ForbiddenException("partner.role.selling-required");
		}
		PartnerView partner = this.partners.partner(user.organizationId());
		if (!partner.agreementSigned()) {
			throw new ForbiddenException("partner.agreement.required");
		}
		return partner;
	}

	private Invitation findByToken(String token, boolean forUpdate) {
		if (!SecureTokens.looksValid(token)) {
			throw new UnknownInvitationLinkException();
		}
		String hash = SecureTokens.hash(token);
		Optional<Invitation> invitation = forUpdate ? this.invitations.findByTokenHashForUpdate(hash)
				: this.invitations.findByTokenHash(hash);
		return invitation.orElseThrow(UnknownInvitationLinkException::new);
	}

	private void queueInvitationMail(Invitation invitation, PartnerView partner, List<OfferView> offers, String token) {
		Locale locale = SupportedLanguages.of(invitation.language());
		Map<String, Object> variables = Map.of("partnerName", partner.name(), "contactName", invitation.contactName(),
				"companyName", invitation.companyName(), "offers", offers, "personalMessage",
				(invitation.personalMessage() != null) ? invitation.personalMessage() : "", "expiresAt",
				this.dates.dateTime(invitation.expiresAt(), locale), "link",
				this.links.absolute("/invitations/" + token));
		this.mailOutbox.queue(
				new OutgoingMail(invitation.email(), locale, "trial-invitation", List.of(partner.name()), variables));
	}

	private void queuePartnerMail(Invitation invitation, String template, String tenantDomain) {
		Optional<PartnerUserView> sender = this.partners.user(invitation.sentByUserId());
		if (sender.isEmpty()) {
			return;
		}
		PartnerUserView user = sender.get();
		Map<String, Object> variables = Map.of("userName", user.displayName(), "companyName", invitation.companyName(),
				"contactName", invitation.contactName(), "email", invitation.email(), "tenantDomain",
				(tenantDomain != null) ? tenantDomain : "", "link",
				this.links.absolute("/partner/invitations/" + invitation.id()));
		this.mailOutbox.queue(
				new OutgoingMail(user.email(), user.locale(), template, List.of(invitation.companyName()), variables));
	}

	private void publish(InvitationStep step, Invitation invitation, Actor actor, Instant now) {
		this.events.publishEvent(new InvitationEvent(step, InvitationKind.TRIAL, invitation.id(),
				invitation.partnerId(), invitation.customerId(), invitation.companyName(), actor, now));
	}

	private static MessageSourceResolvable stateKey(InvitationState state) {
		return new DefaultMessageSourceResolvable("invitation.state." + state.name());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
