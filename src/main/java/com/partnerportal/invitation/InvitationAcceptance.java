package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.customer.CreatedTenant;
import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.NewTenant;
import com.partnerportal.customer.PaidLine;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.customer.TrialStart;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepting an invitation by its link: the one entry point for trial invitations,
 * purchase offers and delegated-admin requests. Who accepts (a new customer, the admin of
 * the invited customer, or an admin accepting a new customer's invitation into its own
 * tenant), what the customer gets (trials, paid subscriptions, the partner as its
 * partner) and the delegated-admin decision are all decided here, by the invitation's
 * kind, in one transaction with the invitation marked accepted.
 */
@Service
public class InvitationAcceptance {

	private final InvitationRepository invitations;

	private final Catalog catalog;

	private final Partners partners;

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final DelegatedAdmins delegatedAdmins;

	private final Clock clock;

	private final FeatureAvailability availability;

	InvitationAcceptance(InvitationRepository invitations, Catalog catalog, Partners partners, Tenants customerTenants,
			Subscriptions customerSubscriptions, DelegatedAdmins delegatedAdmins, Clock clock,
			FeatureAvailability availability) {
		this.invitations = invitations;
		this.catalog = catalog;
		this.partners = partners;
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.delegatedAdmins = delegatedAdmins;
		this.clock = clock;
		this.availability = availability;
	}

	/**
	 * Accepts the link's invitation. The link's row is locked, so a second acceptance (a
	 * double click, a second tab) waits and then finds it decided.
	 * @param signedIn who is signed in, or null
	 * @param choices the tenant to create for a new customer, and the delegated-admin
	 * decision
	 * @throws UnknownInvitationLinkException if the token matches no invitation
	 * @throws NotForThisCustomerException if the invitation is for an existing customer
	 * and {@code signedIn} is not its admin
	 * @throws com.partnerportal.customer.DomainPrefixTakenException if the new tenant's
	 * prefix is taken; nothing is saved
	 * @throws IllegalArgumentException if a new customer's invitation comes with neither
	 * a new tenant nor a signed-in customer admin
	 */
	@Transactional
	public AcceptOutcome accept(String token, PortalUser signedIn, CustomerChoices choices) {
		Invitation invitation = this.invitations.findByToken(token, true);
		Instant now = this.clock.instant();
		InvitationState state = invitation.stateAt(now);
		if (!state.isOpen()) {
			return new AcceptOutcome.AlreadyDecided(state);
		}
		if (!this.partners.mayServeCustomers(invitation.partnerId())) {
			// a suspended partner gains no customer, subscription or delegated access
			throw new ConflictException("partner.standing.suspended.link");
		}
		PartnerView partner = this.partners.partner(invitation.partnerId());
		this.availability.require(partner.cloudInstance(), InvitationFeatures.toAccept(invitation, choices));
		Acceptor acceptor = acceptor(invitation, partner, signedIn, choices.newTenant());
		if (acceptor.tenant() == null) {
			// an existing customer: its row first, as every purchase locks it
			this.customerTenants.lockForChange(acceptor.customerId());
		}
		giveWhatWasOffered(invitation, acceptor.customerId(), acceptor.actor());
		if (invitation.isDelegatedAdminRequested()) {
			// a separate choice of the customer: accepting the offers while declining
			// delegated admin is allowed; a request sent alone is approved by accepting
			DelegationTerms approved = approvedTerms(invitation, choices);
			boolean approve = !approved.roles().isEmpty();
			invitation.decideDelegatedAdmin(approve);
			if (approve) {
				Actor approver = (acceptor.tenant() != null) ? Actor.of(acceptor.tenant().admin()) : acceptor.actor();
				this.delegatedAdmins.approve(acceptor.customerId(), acceptor.customerName(), invitation.partnerId(),
						invitation.id(), approver, approved);
			}
		}
		invitation.accept(acceptor.customerId(), (acceptor.tenant() != null) ? acceptor.tenant().domain() : null,
				acceptor.actor(), now);
		this.invitations.save(invitation);
		return new AcceptOutcome.Accepted(acceptor.customerId(), acceptor.tenant());
	}

	/**
	 * What the customer approves of the delegated-admin request: the roles it chose (only
	 * requested ones), or, without a choice of roles, every requested role if it approves
	 * (a request sent alone is approved by accepting it); no role declines it.
	 * @throws IllegalArgumentException if a role was chosen that was not requested, or a
	 * request sent alone is accepted with no role
	 */
	private static DelegationTerms approvedTerms(Invitation invitation, CustomerChoices choices) {
		DelegationTerms requested = invitation.delegatedAdminTerms();
		boolean alone = invitation.kind() == InvitationKind.DELEGATED_ADMIN;
		if (choices.approvedRoles() == null) {
			return (choices.approveDelegatedAdmin() || alone) ? requested : requested.approving(Set.of());
		}
		if (!requested.roles().containsAll(choices.approvedRoles())) {
			throw new IllegalArgumentException("Only requested roles are approved");
		}
		if (alone && choices.approvedRoles().isEmpty()) {
			throw new IllegalArgumentException("A request sent alone is approved with at least one role");
		}
		return requested.approving(choices.approvedRoles());
	}

	/**
	 * Who accepts: the signed-in admin of the invited customer; for a new customer's
	 * invitation a signed-in customer admin into its own tenant, or the invitee with a
	 * new tenant.
	 */
	private Acceptor acceptor(Invitation invitation, PartnerView partner, PortalUser signedIn,
			NewTenantDetails newTenant) {
		if (invitation.isForExistingCustomer()) {
			if (!CustomerAccounts.isAdminOf(signedIn, invitation.customerId())) {
				throw new NotForThisCustomerException();
			}
			CustomerView customer = this.customerTenants.customer(invitation.customerId());
			if (customer.cloudInstance() != partner.cloudInstance()) {
				throw new ConflictException("accept.intoTenant.other-cloud-instance");
			}
			return new Acceptor(customer.id(), customer.name(), Actor.of(signedIn), null);
		}
		if (newTenant == null && signedIn != null && signedIn.kind() == AccountKind.CUSTOMER_ADMIN) {
			// the invitee already administers a tenant: accept into it, not a second one
			CustomerView own = this.customerTenants.customer(signedIn.organizationId());
			if (own.cloudInstance() != partner.cloudInstance()) {
				throw new ConflictException("accept.intoTenant.other-cloud-instance");
			}
			return new Acceptor(own.id(), own.name(), Actor.of(signedIn), null);
		}
		if (newTenant == null) {
			throw new IllegalArgumentException("A new customer's details are needed");
		}
		Actor invitee = Actor.invitee(invitation.email());
		String organizationName = newTenant.organizationName().strip();
		CreatedTenant tenant = this.customerTenants.createTenant(new NewTenant(organizationName,
				newTenant.domainPrefix(), newTenant.adminName().strip(), newTenant.password(), invitation.email(),
				invitation.language(), partner.cloudInstance(), partner.id()), invitee);
		return new Acceptor(tenant.customerId(), organizationName, invitee, tenant);
	}

	/**
	 * Trials for a trial invitation; for a purchase offer, per line a running trial of
	 * the offer becomes the paid subscription, a paid one takes the new licenses and
	 * term, otherwise a new paid subscription starts, each at the price that was sent; a
	 * delegated-admin request makes the partner one of the customer's partners.
	 */
	private void giveWhatWasOffered(Invitation invitation, UUID customerId, Actor actor) {
		switch (invitation.kind()) {
			case TRIAL -> {
				Map<String, OfferView> offers = this.catalog.offersByCode();
				List<TrialStart> trials = invitation.offerCodes()
					.stream()
					.map(offers::get)
					.map((offer) -> new TrialStart(offer.code(), offer.trialTerms().licenseCount(),
							offer.trialTerms().days()))
					.toList();
				this.customerSubscriptions.startTrials(customerId, invitation.partnerId(), trials, actor);
			}
			case PURCHASE ->
				this.customerSubscriptions.applyPurchase(customerId, invitation.partnerId(), invitation.lines()
					.stream()
					.map((line) -> new PaidLine(line.offerCode(), line.quantity(), line.billingTerm(), line.price()))
					.toList(), actor);
			case DELEGATED_ADMIN -> this.customerTenants.addPartner(customerId, invitation.partnerId());
		}
	}

	/**
	 * The customer that accepts, who acts for it, and the tenant created for a new
	 * customer (null otherwise).
	 */
	private record Acceptor(UUID customerId, String customerName, Actor actor, CreatedTenant tenant) {
	}

}
