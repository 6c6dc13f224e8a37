package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;

import com.partnerportal.availability.FeatureStatus;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.delegation.DelegationTerms;

/**
 * What the customer sees when opening the link. A restricted view (an existing customer's
 * invitation opened by someone who is not its admin) holds nothing but the state.
 * {@code currentDelegatedAdmin} names the partner that approving the delegated-admin
 * request would replace, if any; {@code delegatedAdminStatus} is delegated
 * administration's availability in the partner's cloud instance, when the invitation
 * carries a request.
 */
public record InvitationLinkView(InvitationSummary invitation, String partnerName, List<OfferView> offers,
		String adminSignInNameExample, boolean restricted, boolean signedIn, String currentDelegatedAdmin,
		FeatureStatus delegatedAdminStatus, DelegationTerms delegatedAdminTerms, Instant delegatedAdminEndsAt) {

	/**
	 * A view without the terms of a delegated-admin request.
	 */
	public InvitationLinkView(InvitationSummary invitation, String partnerName, List<OfferView> offers,
			String adminSignInNameExample, boolean restricted, boolean signedIn, String currentDelegatedAdmin,
			FeatureStatus delegatedAdminStatus) {
		this(invitation, partnerName, offers, adminSignInNameExample, restricted, signedIn, currentDelegatedAdmin,
				delegatedAdminStatus, null, null);
	}

	/**
	 * Whether the customer chooses the roles it approves (a request that names roles; one
	 * sent before roles existed asks for every role, without an end date).
	 */
	public boolean hasRequestedRoles() {
		return this.delegatedAdminTerms != null && !this.delegatedAdminTerms.roles().isEmpty();
	}

	/**
	 * A view without the delegated-admin feature's status (an invitation that carries no
	 * request).
	 */
	public InvitationLinkView(InvitationSummary invitation, String partnerName, List<OfferView> offers,
			String adminSignInNameExample, boolean restricted, boolean signedIn, String currentDelegatedAdmin) {
		this(invitation, partnerName, offers, adminSignInNameExample, restricted, signedIn, currentDelegatedAdmin,
				null);
	}

	/**
	 * Whether the customer may approve the delegated-admin request the invitation
	 * carries: not when delegated administration is switched off in the partner's cloud
	 * instance (the page then says why, and when it is planned).
	 */
	public boolean delegatedAdminAvailable() {
		return this.delegatedAdminStatus == null || this.delegatedAdminStatus.isAvailable();
	}

	static InvitationLinkView restricted(InvitationState state, boolean signedIn) {
		return new InvitationLinkView(new InvitationSummary(null, null, null, null, null, null, state, List.of(), null,
				null, null, null, null, null, null, null, false, null), null, List.of(), null, true, signedIn, null);
	}

	public InvitationState state() {
		return this.invitation.state();
	}

	/**
	 * Whether accepting creates a new tenant (an invitation to a new customer).
	 */
	public boolean forNewCustomer() {
		return this.invitation.customerId() == null;
	}

	/**
	 * Whether approving the delegated-admin request would replace another partner.
	 */
	public boolean replacesAnotherPartner() {
		return this.currentDelegatedAdmin != null;
	}

}
