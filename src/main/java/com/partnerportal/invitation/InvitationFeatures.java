package com.partnerportal.invitation;

import java.util.EnumSet;
import java.util.Set;

import com.partnerportal.availability.PartnerFeature;

/**
 * The partner features an invitation uses, for the availability check at each of its
 * entry points (send, resend, the emailed link, acceptance).
 */
final class InvitationFeatures {

	private InvitationFeatures() {
	}

	/**
	 * The feature of the invitation's kind.
	 */
	static PartnerFeature[] of(Invitation invitation) {
		return new PartnerFeature[] { featureOf(invitation.kind()) };
	}

	/**
	 * What accepting uses: the invitation's own feature, and delegated administration
	 * when the customer approves the request it carries.
	 */
	static PartnerFeature[] toAccept(Invitation invitation, CustomerChoices choices) {
		Set<PartnerFeature> features = EnumSet.of(featureOf(invitation.kind()));
		if (invitation.isDelegatedAdminRequested() && choices.approveDelegatedAdmin()) {
			features.add(PartnerFeature.DELEGATED_ADMIN);
		}
		return features.toArray(PartnerFeature[]::new);
	}

	/**
	 * What resending uses: the invitation's own feature, and delegated administration
	 * when it carries a request.
	 */
	static PartnerFeature[] toResend(Invitation invitation) {
		Set<PartnerFeature> features = EnumSet.of(featureOf(invitation.kind()));
		if (invitation.isDelegatedAdminRequested()) {
			features.add(PartnerFeature.DELEGATED_ADMIN);
		}
		return features.toArray(PartnerFeature[]::new);
	}

	static PartnerFeature featureOf(InvitationKind kind) {
		return switch (kind) {
			case TRIAL -> PartnerFeature.TRIAL_INVITATIONS;
			case PURCHASE -> PartnerFeature.PURCHASE_OFFERS;
			case DELEGATED_ADMIN -> PartnerFeature.DELEGATED_ADMIN;
		};
	}

}
