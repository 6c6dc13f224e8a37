package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.catalog.OfferView;

/**
 * What the customer sees when opening the link. A restricted view (an existing customer's
 * invitation opened by someone who is not its admin) holds nothing but the state.
 * {@code currentDelegatedAdmin} names the partner that approving the delegated-admin
 * request would replace, if any.
 */
public record InvitationLinkView(InvitationSummary invitation, String partnerName, List<OfferView> offers,
		String adminSignInNameExample, boolean restricted, boolean signedIn, String currentDelegatedAdmin) {

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
