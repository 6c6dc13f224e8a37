package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.catalog.OfferView;

/**
 * What the customer sees when opening the link.
 */
public record InvitationLinkView(InvitationSummary invitation, String partnerName, List<OfferView> offers,
		String adminSignInNameExample) {

	public InvitationState state() {
		return this.invitation.state();
	}

}
