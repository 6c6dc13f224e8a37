package com.partnerportal.invitation;

import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;

/**
 * What every fact of an invitation's lifecycle tells: which invitation, of which kind, to
 * which company. Carries ids and names only: the link's token never leaves the invitation
 * module, and these events are stored in the event publication registry.
 */
public sealed interface InvitationLifecycleEvent extends ActivityEvent
		permits TrialInvitationSent, PurchaseOfferSent, DelegatedAdminRequested, InvitationViewed, InvitationAccepted,
		InvitationDeclined, InvitationRevoked, InvitationResent, InvitationExpired {

	InvitationKind kind();

	UUID invitationId();

	String companyName();

	@Override
	default UUID subjectId() {
		return invitationId();
	}

	@Override
	default String detail() {
		return companyName();
	}

}
