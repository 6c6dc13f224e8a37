package com.partnerportal.invitation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.CustomerContact;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Tenants;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
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
import com.partnerportal.platform.PortalMoney;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.platform.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * What trial invitations and purchase offers share: who may send, finding an invitation
 * by its link, acceptance, the mails and the events.
 */
@Component
class InvitationSupport {

	private final InvitationRepository invitations;

	private final Catalog catalog;

	private final Partners partners;

	private final Tenants customerTenants;

	private final CustomerAccounts customerAccounts;

	private final MailOutbox mailOutbox;

	private final PortalLinks links;

	private final PortalDates dates;

	private final PortalMoney money;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final DelegatedAdmins delegatedAdmins;

	InvitationSupport(InvitationRepository invitations, Catalog catalog, Partners partners, Tenants customerTenants,
			CustomerAccounts customerAccounts, MailOutbox mailOutbox, PortalLinks links, PortalDates dates,
			PortalMoney money, MessageSource messages, ApplicationEventPublisher events,
			DelegatedAdmins delegatedAdmins) {
		this.invitations = invitations;
		this.catalog = catalog;
		this.partners = partners;
		this.customerTenants = customerTenants;
		this.customerAccounts = customerAccounts;
		this.mailOutbox = mailOutbox;
		this.links = links;
		this.dates = dates;
		this.money = money;
		this.messages = messages;
		this.events = events;
		this.delegatedAdmins = delegatedAdmins;
	}

	/**
	 * Adds a delegated-admin request to a new invitation, if the partner asked for one
	 * and may.
	 * @throws InvitationRejectedException if the partner is not eligible
	 */
	void requestDelegatedAdminIf(boolean requested, Invitation invitation, PartnerView partner) {
		if (!requested) {
			return;
		}
		if (!this.delegatedAdmins.isEligible(partner.id())) {
			throw new InvitationRejectedException("delegatedAdmin", "delegation.not-eligible");
		}
		if (invitation.isForExistingCustomer()) {
			requireNoDelegatedAdminRequestNeeded(partner.id(), invitation.customerId(), invitation.sentAt(), null);
		}
		invitation.requestDelegatedAdmin();
	}

	/**
	 * One open delegated-admin request per partner and customer, and none to a customer
	 * whose delegated admin the partner is already. Open requests past their expiry are
	 * expired here (as the job would), so they do not count. The partial unique index
	 * {@code invitation_one_open_delegated_admin_request} stops two requests at once.
	 * @param except an invitation that is not counted (the one being resent), or null
	 * @throws InvitationRejectedException on the field {@code delegatedAdmin} if the
	 * partner is already the delegated admin or has a request open
	 */
	void requireNoDelegatedAdminRequestNeeded(UUID partnerId, UUID customerId, Instant now, UUID except) {
		if (this.delegatedAdmins.holdsActive(partnerId, customerId)) {
			throw new InvitationRejectedException("delegatedAdmin", "delegation.request.already-delegated-admin");
		}
		boolean expired = false;
		for (Invitation open : this.invitations.findOpenDelegatedAdminRequestsForUpdate(partnerId, customerId)) {
			if (open.id().equals(except)) {
				continue;
			}
			if (!expireIfOverdue(open, now)) {
				throw new InvitationRejectedException("delegatedAdmin", "delegation.request.already-open");
			}
			expired = true;
		}
		if (expired) {
			// Hibernate inserts before it updates: the index must see them expired first
			this.invitations.flush();
		}
	}

	/**
	 * Stores a new invitation; a concurrent second delegated-admin request to the same
	 * customer is refused by the partial unique index, and said so.
	 */
	void saveNew(Invitation invitation) {
		try {
			this.invitations.saveAndFlush(invitation);
		}
		catch (DataIntegrityViolationException ex) {
			if (invitation.isDelegatedAdminRequested() && invitation.isForExistingCustomer()) {
				throw new InvitationRejectedException("delegatedAdmin", "delegation.request.already-open");
			}
			throw ex;
		}
	}

	/**
	 * Marks an overdue invitation expired, records it, and mails the partner user who
	 * sent it; returns whether it was overdue.
	 */
	boolean expireIfOverdue(Invitation invitation, Instant now) {
		if (!invitation.expireIfOverdue(now)) {
			return false;
		}
		publish(InvitationStep.EXPIRED, invitation, Actor.system(), now);
		queuePartnerMail(invitation, "-expired", "");
		return true;
	}

	/**
	 * What the partner should know before inviting a new customer at this email: its own
	 * open invitations to it, its customers with that contact email, and whether another
	 * tenant has it (not named: it may be another partner's customer).
	 */
	RecipientDuplicates duplicatesOf(UUID partnerId, String email, Instant now) {
		if (email == null || email.isBlank()) {
			return RecipientDuplicates.NONE;
		}
		List<InvitationSummary> open = this.invitations.findOpenToNewCustomerEmail(partnerId, email.strip(), now)
			.stream()
			.map((invitation) -> invitation.toSummary(now))
			.toList();
		List<CustomerView> ownCustomers = new ArrayList<>();
		boolean otherTenant = false;
		for (UUID customerId : this.customerAccounts.customersWithContactEmail(email)) {
			Optional<CustomerView> ours = this.customerTenants.findCustomerOfPartner(customerId, partnerId);
			ours.ifPresent(ownCustomers::add);
			otherTenant |= ours.isEmpty();
		}
		return new RecipientDuplicates(open, List.copyOf(ownCustomers), otherTenant);
	}

	/**
	 * Refuses to invite a new customer at an email that already has an open invitation of
	 * this partner or a tenant, unless the partner confirmed it after being told.
	 * @throws RecipientAlreadyKnownException saying what was found
	 */
	void requireNoDuplicateUnlessConfirmed(UUID partnerId, Recipient recipient, boolean confirmed, Instant now) {
		if (recipient.customerId() != null || confirmed) {
			return;
		}
		RecipientDuplicates duplicates = duplicatesOf(partnerId, recipient.email(), now);
		if (!duplicates.isEmpty()) {
			throw new RecipientAlreadyKnownException(duplicates);
		}
	}

	/**
	 * The name of the partner a customer's delegated-admin approval would replace, if any
	 * other than the inviting one.
	 */
	String delegatedAdminToReplace(Invitation invitation) {
		if (!invitation.isDelegatedAdminRequested() || !invitation.isForExistingCustomer()) {
			return null;
		}
		return this.delegatedAdmins.current(invitation.customerId())
			.filter((current) -> !current.partnerId().equals(invitation.partnerId()))
			.map(DelegatedAdminView::partnerName)
			.orElse(null);
	}

	/**
	 * The partner of a user who may send invitations: a sales agent or partner admin of a
	 * partner with a signed agreement.
	 */
	PartnerView requireSellingPartner(PortalUser user) {
		if (user.kind() != AccountKind.PARTNER_USER || Arrays.stream(PartnerRole.SELLING).noneMatch(user::hasRole)) {
			throw new ForbiddenException("partner.role.selling-required");
		}
		PartnerView partner = this.partners.partner(user.organizationId());
		if (!partner.agreementSigned()) {
			throw new ForbiddenException("partner.agreement.required");
		}
		return partner;
	}

	/**
	 * Who receives an invitation: the entered contact for a new customer, or the first
	 * admin of one of the partner's customers (another partner's customer is not found).
	 */
	Recipient recipient(UUID partnerId, UUID customerId, String companyName, String contactName, String email,
			String language) {
		if (customerId == null) {
			if (!SupportedLanguages.isSupported(language)) {
				throw new InvitationRejectedException("language", "invitation.language.unsupported");
			}
			return new Recipient(null, companyName.strip(), contactName.strip(), email.strip(), language);
		}
		this.customerTenants.customerOfPartner(customerId, partnerId);
		return recipientOfTenant(customerId);
	}

	/**
	 * The first admin of a tenant, whoever's customer it is (a delegated-admin request by
	 * tenant domain).
	 */
	Recipient recipientOfTenant(UUID customerId) {
		CustomerContact contact = this.customerTenants.contact(customerId);
		return new Recipient(customerId, contact.customerName(), contact.name(), contact.email(),
				contact.locale().getLanguage());
	}

	Invitation findByToken(String token, boolean forUpdate) {
		if (!SecureTokens.looksValid(token)) {
			throw new UnknownInvitationLinkException();
		}
		String hash = SecureTokens.hash(token);
		Optional<Invitation> invitation = forUpdate ? this.invitations.findByTokenHashForUpdate(hash)
				: this.invitations.findByTokenHash(hash);
		return invitation.orElseThrow(UnknownInvitationLinkException::new);
	}

	Invitation ownInvitationForUpdate(UUID partnerId, UUID invitationId) {
		return this.invitations.findByIdAndPartnerIdForUpdate(invitationId, partnerId)
			.orElseThrow(() -> new NotFoundException("invitation"));
	}

	/**
	 * Accepts in the caller's transaction: for a new customer the tenant is created from
	 * {@code newCustomer}; an existing customer's invitation needs a signed-in admin of
	 * that customer. {@code lines} then gives the customer what was offered.
	 */
	AcceptOutcome accept(String token, PortalUser signedIn, NewTenantDetails newCustomer, boolean approveDelegatedAdmin,
			Instant now, LineApplier lines) {
		Invitation invitation = findByToken(token, true);
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return new AcceptOutcome.AlreadyDecided(state);
		}
		PartnerView partner = this.partners.partner(invitation.partnerId());
		UUID customerId;
		CreatedTenant tenant = null;
		Actor actor;
		String customerName;
		if (invitation.isForExistingCustomer()) {
			if (!CustomerAccounts.isAdminOf(signedIn, invitation.customerId())) {
				throw new NotForThisCustomerException();
			}
			customerId = invitation.customerId();
			customerName = this.customerTenants.customer(customerId).name();
			actor = Actor.of(signedIn);
		}
		else if (newCustomer == null && signedIn != null && signedIn.kind() == AccountKind.CUSTOMER_ADMIN) {
			// the invitee already administers a tenant: accept into it, not a second one
			CustomerView own = this.customerTenants.customer(signedIn.organizationId());
			if (own.cloudInstance() != partner.cloudInstance()) {
				throw new ConflictException("accept.intoTenant.other-cloud-instance");
			}
			customerId = own.id();
			customerName = own.name();
			actor = Actor.of(signedIn);
		}
		else {
			if (newCustomer == null) {
				throw new IllegalArgumentException("A new customer's details are needed");
			}
			actor = Actor.invitee(invitation.email());
			tenant = this.customerTenants.createTenant(new NewTenant(newCustomer.organizationName().strip(),
					newCustomer.domainPrefix(), newCustomer.adminName().strip(), newCustomer.password(),
					invitation.email(), invitation.language(), partner.cloudInstance(), partner.id()), actor);
			customerId = tenant.customerId();
			customerName = newCustomer.organizationName().strip();
		}
		lines.apply(invitation, customerId, actor);
		if (invitation.isDelegatedAdminRequested()) {
			// a separate choice of the customer: accepting the offers while declining
			// delegated admin is allowed; a request sent alone is approved by accepting
			boolean approve = approveDelegatedAdmin || invitation.kind() == InvitationKind.DELEGATED_ADMIN;
			invitation.decideDelegatedAdmin(approve);
			if (approve) {
				Actor approver = (tenant != null) ? Actor.of(tenant.admin()) : actor;
				this.delegatedAdmins.approve(customerId, customerName, invitation.partnerId(), invitation.id(),
						approver);
			}
		}
		invitation.accept(customerId, now);
		queuePartnerMail(invitation, "-accepted", (tenant != null) ? tenant.domain() : "");
		publish(InvitationStep.ACCEPTED, invitation, actor, now);
		return new AcceptOutcome.Accepted(customerId, tenant);
	}

	Optional<InvitationState> decline(String token, PortalUser signedIn, Instant now) {
		Invitation invitation = findByToken(token, true);
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return Optional.of(state);
		}
		if (invitation.isForExistingCustomer() && !CustomerAccounts.isAdminOf(signedIn, invitation.customerId())) {
			throw new NotForThisCustomerException();
		}
		invitation.decline(now);
		queuePartnerMail(invitation, "-declined", "");
		Actor actor = (signedIn != null) ? Actor.of(signedIn) : Actor.invitee(invitation.email());
		publish(InvitationStep.DECLINED, invitation, actor, now);
		return Optional.empty();
	}

	/**
	 * The customer's mail with the link; {@code variant} is "" for the invitation itself
	 * and "-reminder" for the reminder.
	 */
	void queueInvitationMail(Invitation invitation, PartnerView partner, String token, String variant) {
		Locale locale = SupportedLanguages.of(invitation.language());
		Map<String, Object> variables = new HashMap<>();
		variables.put("partnerName", partner.name());
		variables.put("contactName", invitation.contactName());
		variables.put("companyName", invitation.companyName());
		variables.put("personalMessage", (invitation.personalMessage() != null) ? invitation.personalMessage() : "");
		variables.put("expiresAt", this.dates.dateTime(invitation.expiresAt(), locale));
		variables.put("link", this.links.absolute("/invitations/" + token));
		variables.put("existingCustomer", invitation.isForExistingCustomer());
		variables.put("delegatedAdmin", invitation.isDelegatedAdminRequested());
		String name = invitation.kind().mailTemplate() + variant;
		variables.put("introKey", "mail." + name + ".intro");
		if (invitation.kind() == InvitationKind.DELEGATED_ADMIN) {
			variables.put("offers", List.of());
		}
		else if (invitation.kind() == InvitationKind.TRIAL) {
			Map<String, OfferView> offers = this.catalog.offersByCode();
			variables.put("offers", invitation.offerCodes().stream().map(offers::get).toList());
		}
		else {
			PurchaseQuote quote = invitation.quote();
			variables.put("lines", quote.lines().stream().map((line) -> mailLine(line, locale)).toList());
			variables.put("perMonth", this.money.format(quote.perMonth(), locale));
			variables.put("perYear", this.money.format(quote.perYear(), locale));
		}
		this.mailOutbox.queue(new OutgoingMail(invitation.email(), locale, name, invitation.kind().mailTemplate(),
				List.of(partner.name()), variables));
	}

	private MailLine mailLine(QuoteLine line, Locale locale) {
		return new MailLine(this.messages.getMessage(line.offerNameKey(), null, locale), line.quantity(),
				this.messages.getMessage("billingTerm." + line.billingTerm(), null, locale),
				this.money.format(line.unitPrice(), locale), this.money.format(line.total(), locale));
	}

	/**
	 * Tells the partner user who sent the invitation how the customer decided.
	 */
	void queuePartnerMail(Invitation invitation, String outcome, String tenantDomain) {
		Optional<PartnerUserView> sender = this.partners.user(invitation.sentByUserId());
		if (sender.isEmpty()) {
			return;
		}
		PartnerUserView user = sender.get();
		this.mailOutbox.queue(OutgoingMail.notice(user.email(), user.locale(),
				invitation.kind().mailTemplate() + outcome, List.of(invitation.companyName()), user.displayName(),
				List.of(invitation.companyName(), invitation.contactName(), invitation.email(), tenantDomain),
				"mail.partner.action", this.links.absolute("/partner/invitations/" + invitation.id())));
	}

	void publish(InvitationStep step, Invitation invitation, Actor actor, Instant now) {
		this.events.publishEvent(new InvitationEvent(step, invitation.kind(), invitation.id(), invitation.partnerId(),
				invitation.customerId(), invitation.companyName(), actor, now));
	}

	/**
	 * Gives the customer what an accepted invitation offered.
	 */
	@FunctionalInterface
	interface LineApplier {

		void apply(Invitation invitation, UUID customerId, Actor actor);

	}

	/**
	 * Who an invitation goes to.
	 */
	record Recipient(UUID customerId, String companyName, String contactName, String email, String language) {
	}

}
