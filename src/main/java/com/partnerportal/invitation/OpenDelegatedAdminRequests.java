package com.partnerportal.invitation;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.partner.PartnerView;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The rule of one open delegated-admin request per partner and customer, and none to a
 * customer whose delegated admin the partner is already.
 */
@Component
class OpenDelegatedAdminRequests {

	private final InvitationRepository invitations;

	private final DelegatedAdmins delegatedAdmins;

	private final FeatureAvailability availability;

	OpenDelegatedAdminRequests(InvitationRepository invitations, DelegatedAdmins delegatedAdmins,
			FeatureAvailability availability) {
		this.invitations = invitations;
		this.delegatedAdmins = delegatedAdmins;
		this.availability = availability;
	}

	/**
	 * Adds a delegated-admin request on these terms to a new invitation, if the partner
	 * asked for one ({@code terms} not null) and may.
	 * @throws InvitationRejectedException if the partner is not eligible, or the terms
	 * are not valid
	 */
	void requestIf(DelegationTerms terms, Invitation invitation, PartnerView partner) {
		if (terms == null) {
			return;
		}
		this.availability.require(PartnerFeature.DELEGATED_ADMIN, partner.cloudInstance());
		if (!this.delegatedAdmins.isEligible(partner.id())) {
			throw new InvitationRejectedException(Reason.NOT_ELIGIBLE_FOR_DELEGATED_ADMIN);
		}
		if (invitation.isForExistingCustomer()) {
			requireNoneOpen(partner.id(), invitation.customerId(), invitation.sentAt(), null);
		}
		DelegationTerms.Problem problem = terms.problem();
		if (problem != null) {
			throw new InvitationRejectedException(switch (problem) {
				case NO_ROLES -> Reason.DELEGATED_ROLES_REQUIRED;
				case DAYS_OUT_OF_RANGE -> Reason.DELEGATED_DAYS_OUT_OF_RANGE;
				case AUTO_EXTEND_WITH_EVERY_ROLE -> Reason.DELEGATED_AUTO_EXTEND_WITH_EVERY_ROLE;
			}, DelegationTerms.MIN_DAYS, DelegationTerms.MAX_DAYS);
		}
		invitation.requestDelegatedAdmin(terms);
	}

	/**
	 * Open requests past their expiry are expired here (as the job would), so they do not
	 * count. The partial unique index {@code invitation_one_open_delegated_admin_request}
	 * stops two requests at once.
	 * @param except an invitation that is not counted (the one being resent), or null
	 * @throws InvitationRejectedException on the field {@code delegatedAdmin} if the
	 * partner is already the delegated admin or has a request open
	 */
	void requireNoneOpen(UUID partnerId, UUID customerId, Instant now, UUID except) {
		if (this.delegatedAdmins.holdsActive(partnerId, customerId)) {
			throw new InvitationRejectedException(Reason.ALREADY_DELEGATED_ADMIN);
		}
		boolean expired = false;
		for (Invitation open : this.invitations.findOpenDelegatedAdminRequestsForUpdate(partnerId, customerId)) {
			if (open.id().equals(except)) {
				continue;
			}
			if (!open.expireIfOverdue(now)) {
				throw new InvitationRejectedException(Reason.DELEGATED_ADMIN_REQUEST_OPEN);
			}
			this.invitations.save(open);
			expired = true;
		}
		if (expired) {
			// Hibernate inserts before it updates: the index must see them expired first
			this.invitations.flush();
		}
	}

	/**
	 * Stores a new invitation (publishing its events); a concurrent second
	 * delegated-admin request to the same customer is refused by the partial unique
	 * index, and said so.
	 */
	void saveNew(Invitation invitation) {
		try {
			this.invitations.saveAndFlush(invitation);
		}
		catch (DataIntegrityViolationException ex) {
			if (invitation.isDelegatedAdminRequested() && invitation.isForExistingCustomer()) {
				throw new InvitationRejectedException(Reason.DELEGATED_ADMIN_REQUEST_OPEN);
			}
			throw ex;
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

}
