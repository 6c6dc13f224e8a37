package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.SortableColumns;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation module's API: trial invitations, and what all invitations (trials,
 * purchase offers, delegated-admin requests) share: the customer's link (open, decline),
 * the partner's list, revoke, resend and expiry. Accepting is
 * {@link InvitationAcceptance}'s.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

	/**
	 * The columns the partner's invitation list may be sorted by; newest first unless
	 * asked.
	 */
	static final SortableColumns LIST_COLUMNS = SortableColumns.of(Sort.by(Sort.Direction.DESC, "createdAt"),
			"createdAt", "expiresAt", "companyName");

	private static final Logger logger = LoggerFactory.getLogger(Invitations.class);

	/**
	 * The most offers a trial invitation carries.
	 */
	public static final int MAX_OFFERS = 20;

	static final int MAX_CUSTOMERS_IN_PICKER = 500;

	private static final int EXPIRY_BATCH = 100;

	private final InvitationRepository invitations;

	private final InvitationRecipients recipients;

	private final OpenDelegatedAdminRequests delegatedAdminRequests;

	private final InvitationMails mails;

	private final Catalog catalog;

	private final Partners partners;

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final PortalProperties properties;

	private final Clock clock;

	private final EntityManager entityManager;

	private final FeatureAvailability availability;

	Invitations(InvitationRepository invitations, InvitationRecipients recipients,
			OpenDelegatedAdminRequests delegatedAdminRequests, InvitationMails mails, Catalog catalog,
			Partners partners, Tenants customerTenants, Subscriptions customerSubscriptions,
			PortalProperties properties, Clock clock, EntityManager entityManager, FeatureAvailability availability) {
		this.invitations = invitations;
		this.recipients = recipients;
		this.delegatedAdminRequests = delegatedAdminRequests;
		this.mails = mails;
		this.catalog = catalog;
		this.partners = partners;
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.properties = properties;
		this.clock = clock;
		this.entityManager = entityManager;
		this.availability = availability;
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
	 * trial, or the customer has had a trial of it
	 */
	@Transactional
	public UUID send(PortalUser sender, NewTrialInvitation command) {
		return send(sender, command, false);
	}

	/**
	 * As {@link #send(PortalUser, NewTrialInvitation)}; a new customer's email that has
	 * an open invitation of this partner, or a tenant, is refused unless
	 * {@code sendDespiteDuplicates} (the partner was told and confirmed).
	 * @throws RecipientAlreadyKnownException saying what the email already has
	 */
	@Transactional
	public UUID send(PortalUser sender, NewTrialInvitation command, boolean sendDespiteDuplicates) {
		PartnerView partner = this.partners.sellingPartnerOf(sender);
		this.availability.require(PartnerFeature.TRIAL_INVITATIONS, partner.cloudInstance());
		List<String> offerCodes = List.copyOf(new LinkedHashSet<>(command.offerCodes()));
		if (offerCodes.isEmpty()) {
			throw new InvitationRejectedException(Reason.NO_OFFERS);
		}
		if (offerCodes.size() > MAX_OFFERS) {
			throw new InvitationRejectedException(Reason.TOO_MANY_OFFERS);
		}
		for (String code : offerCodes) {
			this.catalog.offer(code)
				.filter(OfferView::hasTrial)
				.filter((offer) -> offer.isCoveredBy(partner.authorizedServiceCodes()))
				.orElseThrow(() -> new InvitationRejectedException(Reason.OFFER_NOT_AUTHORIZED));
		}
		Recipient recipient = this.recipients.recipient(partner.id(), command.customerId(), command.companyName(),
				command.contactName(), command.email(), command.language());
		if (recipient.customerId() != null
				&& !this.customerSubscriptions.offersWithTrial(recipient.customerId(), offerCodes).isEmpty()) {
			throw new InvitationRejectedException(Reason.TRIAL_ALREADY_USED);
		}
		Instant now = this.clock.instant();
		this.recipients.requireNoDuplicateUnlessConfirmed(partner.id(), recipient, sendDespiteDuplicates, now);
		SecureTokens.IssuedToken token = SecureTokens.issue();
		Invitation invitation = new Invitation(InvitationKind.TRIAL, partner.id(), sender.accountId(),
				recipient.customerId(), recipient.companyName(), recipient.contactName(), recipient.email(),
				recipient.language(), blankToNull(command.personalMessage()),
				offerCodes.stream().map(InvitationLine::trial).toList(), token.hash(),
				now.plus(this.properties.invitationValidity()), now);
		this.delegatedAdminRequests.requestIf(command.requestedTerms(), invitation, partner);
		if (command.leadId() != null) {
			invitation.answersLead(command.leadId());
		}
		invitation.recordSent(Actor.of(sender));
		this.delegatedAdminRequests.saveNew(invitation);
		this.mails.queueInvitation(invitation, partner, token.token());
		return invitation.id();
	}

	/**
	 * A new link for an open or expired invitation; the old link stops working.
	 */
	@Transactional
	public void resend(PortalUser sender, UUID invitationId) {
		PartnerView partner = this.partners.sellingPartnerOf(sender);
		Invitation invitation = ownInvitationForUpdate(partner.id(), invitationId);
		this.availability.require(partner.cloudInstance(), InvitationFeatures.toResend(invitation));
		Instant now = this.clock.instant();
		if (invitation.isDelegatedAdminRequested() && invitation.isForExistingCustomer()
				&& invitation.stateAt(now) == InvitationState.EXPIRED) {
			// reopening it must not make a second open request to the customer
			try {
				this.delegatedAdminRequests.requireNoneOpen(partner.id(), invitation.customerId(), now,
						invitation.id());
			}
			catch (InvitationRejectedException ex) {
				throw new ConflictException(ex.messageKey());
			}
		}
		SecureTokens.IssuedToken token = SecureTokens.issue();
		try {
			invitation.resend(token.hash(), now.plus(this.properties.invitationValidity()), Actor.of(sender), now);
		}
		catch (IllegalInvitationStateException ex) {
			throw new ConflictException("invitation.resend.not-possible", stateName(ex.state()));
		}
		this.invitations.save(invitation);
		this.mails.queueInvitation(invitation, partner, token.token());
	}

	@Transactional
	public void revoke(PortalUser sender, UUID invitationId) {
		// withdrawing what was sent is no new sale: a sales freeze allows it
		PartnerView partner = this.partners.servingPartnerOf(sender);
		Invitation invitation = ownInvitationForUpdate(partner.id(), invitationId);
		Instant now = this.clock.instant();
		try {
			invitation.revoke(Actor.of(sender), now);
		}
		catch (IllegalInvitationStateException ex) {
			throw new ConflictException("invitation.revoke.not-possible", stateName(ex.state()));
		}
		this.invitations.save(invitation);
	}

	/**
	 * What the link shows to a person who is not signed in.
	 * @see #open(String, PortalUser)
	 */
	@Transactional
	public InvitationLinkView open(String token) {
		return open(token, null);
	}

	/**
	 * What the link shows. Opening records the first view and changes nothing else. An
	 * invitation to an existing customer shows its content only to an admin of that
	 * customer; for anyone else {@link InvitationLinkView#restricted()} is true and the
	 * view holds nothing but the state.
	 * @throws UnknownInvitationLinkException if the token matches no invitation
	 */
	@Transactional
	public InvitationLinkView open(String token, PortalUser signedIn) {
		return show(token, signedIn, true);
	}

	/**
	 * What the link shows, as {@link #open(String, PortalUser)}, without recording a
	 * view: for an acceptance or a decline, which must not write to the invitation before
	 * taking its lock (simultaneous first views of one link would collide on its version
	 * and answer with a conflict instead of the link's outcome).
	 */
	public InvitationLinkView view(String token, PortalUser signedIn) {
		return show(token, signedIn, false);
	}

	private InvitationLinkView show(String token, PortalUser signedIn, boolean recordView) {
		Invitation invitation = this.invitations.findByToken(token, false);
		Instant now = this.clock.instant();
		if (invitation.stateAt(now).isOpen()) {
			// a link opened after its feature was switched off says so
			this.availability.requireForPartner(invitation.partnerId(), InvitationFeatures.of(invitation));
		}
		if (invitation.isForExistingCustomer() && !CustomerAccounts.isAdminOf(signedIn, invitation.customerId())) {
			return InvitationLinkView.restricted(invitation.stateAt(now), signedIn != null);
		}
		if (recordView && invitation.stateAt(now) == InvitationState.SENT) {
			// The first view is written: simultaneous first views of one link queue on
			// the
			// row's lock and the later ones find it viewed, instead of colliding on its
			// version.
			this.entityManager.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
			if (invitation.markViewed(now)) {
				this.invitations.save(invitation);
			}
		}
		PartnerView partner = this.partners.partner(invitation.partnerId());
		Map<String, OfferView> offers = this.catalog.offersByCode();
		return new InvitationLinkView(invitation.toSummary(now), partner.name(),
				invitation.offerCodes().stream().map(offers::get).toList(),
				this.customerTenants.firstAdminSignInName("your-company"), false, signedIn != null,
				this.delegatedAdminRequests.delegatedAdminToReplace(invitation),
				invitation.isDelegatedAdminRequested()
						? this.availability.status(PartnerFeature.DELEGATED_ADMIN, partner.cloudInstance()) : null,
				invitation.delegatedAdminTerms(),
				invitation.isDelegatedAdminRequested() ? invitation.delegatedAdminTerms().endsAt(now) : null);
	}

	/**
	 * The state of a link's invitation as of now, read without changing anything (not
	 * even the first view).
	 * @throws UnknownInvitationLinkException if the token matches no invitation
	 */
	public InvitationState stateOf(String token) {
		return this.invitations.findByToken(token, false).stateAt(this.clock.instant());
	}

	public boolean isDomainPrefixTaken(String prefix) {
		return this.customerTenants.isDomainPrefixTaken(prefix);
	}

	public String firstAdminSignInName(String prefix) {
		return this.customerTenants.firstAdminSignInName(prefix);
	}

	/**
	 * Declines the invitation; a second decline (or a decline of an accepted invitation)
	 * changes nothing and says how it ended.
	 */
	@Transactional
	public Optional<InvitationState> decline(String token) {
		return decline(token, null);
	}

	@Transactional
	public Optional<InvitationState> decline(String token, PortalUser signedIn) {
		Invitation invitation = this.invitations.findByToken(token, true);
		Instant now = this.clock.instant();
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return Optional.of(state);
		}
		if (invitation.isForExistingCustomer() && !CustomerAccounts.isAdminOf(signedIn, invitation.customerId())) {
			throw new NotForThisCustomerException();
		}
		invitation.decline((signedIn != null) ? Actor.of(signedIn) : Actor.invitee(invitation.email()), now);
		this.invitations.save(invitation);
		return Optional.empty();
	}

	/**
	 * Marks overdue invitations expired, and mails each one's sender. Safe on every
	 * instance at once: rows are claimed with SKIP LOCKED.
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
					this.invitations.save(invitation);
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

	/**
	 * A page of the partner's invitations, of one kind (or all) in one state (or all),
	 * newest first unless the request sorts by another of {@link #LIST_COLUMNS}; whether
	 * more follow, without counting them.
	 */
	public Slice<InvitationSummary> list(UUID partnerId, InvitationKind kind, InvitationState state,
			Pageable pageable) {
		Instant now = this.clock.instant();
		Pageable sorted = LIST_COLUMNS.sorted(pageable);
		return this.invitations
			.findBy(InvitationQueries.ofPartner(partnerId, kind, state, now), (query) -> query.slice(sorted))
			.map((invitation) -> invitation.toSummary(now));
	}

	/**
	 * One of the partner's invitations; another partner's is not found.
	 */
	public InvitationSummary get(UUID partnerId, UUID invitationId) {
		return this.invitations.findByIdAndPartnerId(invitationId, partnerId)
			.map((invitation) -> invitation.toSummary(this.clock.instant()))
			.orElseThrow(() -> new NotFoundException("invitation"));
	}

	/**
	 * Whether the customer accepted a purchase offer of the partner (a relationship that
	 * lets it review the partner).
	 */
	public boolean hasAcceptedPurchaseOffer(UUID partnerId, UUID customerId) {
		return this.invitations.existsByPartnerIdAndCustomerIdAndKindAndState(partnerId, customerId,
				InvitationKind.PURCHASE, InvitationState.ACCEPTED);
	}

	public PartnerOverview overview(UUID partnerId) {
		Instant now = this.clock.instant();
		Map<InvitationKind, Map<InvitationState, Long>> counts = new EnumMap<>(InvitationKind.class);
		for (InvitationKind kind : InvitationKind.values()) {
			counts.put(kind, new EnumMap<>(InvitationState.class));
		}
		for (InvitationRepository.StateCount row : this.invitations.countByState(partnerId, now)) {
			Map<InvitationState, Long> ofKind = counts.get(InvitationKind.valueOf(row.getKind()));
			InvitationState state = InvitationState.valueOf(row.getState());
			if (row.isOverdue()) {
				// open as stored, expired as of now: the expiry job has not marked it yet
				ofKind.merge(state, -row.getCount(), Long::sum);
				ofKind.merge(InvitationState.EXPIRED, row.getCount(), Long::sum);
			}
			else {
				ofKind.merge(state, row.getCount(), Long::sum);
			}
		}
		List<InvitationSummary> latest = this.invitations.findTop5ByPartnerIdOrderByCreatedAtDesc(partnerId)
			.stream()
			.map((invitation) -> invitation.toSummary(now))
			.toList();
		return new PartnerOverview(counts, latest, this.customerTenants.countOf(partnerId));
	}

	/**
	 * The tenant a signed-in customer admin administers: on a new customer's invitation
	 * link it may accept into it instead of creating a second one. Empty for anyone else.
	 */
	public Optional<CustomerView> tenantOf(PortalUser signedIn) {
		if (signedIn == null || signedIn.kind() != AccountKind.CUSTOMER_ADMIN) {
			return Optional.empty();
		}
		return Optional.of(this.customerTenants.customer(signedIn.organizationId()));
	}

	/**
	 * The partner's customers that could receive an invitation (for the forms' pickers).
	 */
	public List<CustomerView> customersOf(UUID partnerId) {
		return this.customerTenants.namesOf(partnerId, MAX_CUSTOMERS_IN_PICKER);
	}

	private Invitation ownInvitationForUpdate(UUID partnerId, UUID invitationId) {
		return this.invitations.findByIdAndPartnerIdForUpdate(invitationId, partnerId)
			.orElseThrow(() -> new NotFoundException("invitation"));
	}

	private static MessageSourceResolvable stateName(InvitationState state) {
		return new DefaultMessageSourceResolvable("invitation.state." + state.name());
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
