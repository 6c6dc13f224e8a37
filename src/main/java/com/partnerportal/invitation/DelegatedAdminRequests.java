package com.partnerportal.invitation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegated-admin request sent alone to one of the partner's customers: the same link
 * lifecycle as other invitations; accepting it ({@link InvitationAcceptance}) is
 * approving the partner.
 */
@Service
@Transactional(readOnly = true)
public class DelegatedAdminRequests {

	private final InvitationRecipients recipients;

	private final OpenDelegatedAdminRequests openRequests;

	private final InvitationMails mails;

	private final Partners partners;

	private final Tenants customerTenants;

	private final PortalProperties properties;

	private final Clock clock;

	private final FeatureAvailability availability;

	DelegatedAdminRequests(InvitationRecipients recipients, OpenDelegatedAdminRequests openRequests,
			InvitationMails mails, Partners partners, Tenants customerTenants, PortalProperties properties, Clock clock,
			FeatureAvailability availability) {
		this.recipients = recipients;
		this.openRequests = openRequests;
		this.mails = mails;
		this.partners = partners;
		this.customerTenants = customerTenants;
		this.properties = properties;
		this.clock = clock;
		this.availability = availability;
	}

	/**
	 * Mails the customer's admin a request to approve the partner as delegated admin.
	 * @throws InvitationRejectedException if the partner may not request delegated admin,
	 * is the customer's delegated admin already, or has a request to it open
	 * @throws com.partnerportal.platform.NotFoundException if the customer is not the
	 * partner's
	 */
	@Transactional
	public UUID send(PortalUser sender, UUID customerId) {
		return send(sender, customerId, DelegationTerms.standard());
	}

	/**
	 * Mails the customer's admin a request to approve the partner as delegated admin on
	 * these terms (roles, duration, auto-extension).
	 * @throws InvitationRejectedException if the partner may not request delegated admin,
	 * is the customer's delegated admin already, has a request to it open, or the terms
	 * are not valid
	 * @throws com.partnerportal.platform.NotFoundException if the customer is not the
	 * partner's
	 */
	@Transactional
	public UUID send(PortalUser sender, UUID customerId, DelegationTerms terms) {
		PartnerView partner = this.partners.sellingPartnerOf(sender);
		this.availability.require(PartnerFeature.DELEGATED_ADMIN, partner.cloudInstance());
		return send(sender, partner, this.recipients.recipient(partner.id(), customerId, null, null, null, null),
				terms);
	}

	/**
	 * Mails the admin of the tenant with this domain (not yet one of the partner's
	 * customers) a request to approve the partner as delegated admin.
	 * @throws InvitationRejectedException if no tenant has this domain, or the partner
	 * may not request delegated admin
	 */
	@Transactional
	public UUID sendToTenant(PortalUser sender, String tenantDomain) {
		return sendToTenant(sender, tenantDomain, DelegationTerms.standard());
	}

	/**
	 * As {@link #sendToTenant(PortalUser, String)}, on these terms.
	 * @throws InvitationRejectedException if no tenant has this domain, the partner may
	 * not request delegated admin, or the terms are not valid
	 */
	@Transactional
	public UUID sendToTenant(PortalUser sender, String tenantDomain, DelegationTerms terms) {
		PartnerView partner = this.partners.sellingPartnerOf(sender);
		this.availability.require(PartnerFeature.DELEGATED_ADMIN, partner.cloudInstance());
		UUID customerId = this.customerTenants.findByDomain(tenantDomain)
			.orElseThrow(() -> new InvitationRejectedException(Reason.UNKNOWN_TENANT_DOMAIN));
		if (this.customerTenants.customer(customerId).cloudInstance() != partner.cloudInstance()) {
			throw new InvitationRejectedException(Reason.TENANT_OF_ANOTHER_CLOUD_INSTANCE);
		}
		return send(sender, partner, this.recipients.recipientOfTenant(customerId), terms);
	}

	private UUID send(PortalUser sender, PartnerView partner, Recipient recipient, DelegationTerms terms) {
		Instant now = this.clock.instant();
		SecureTokens.IssuedToken token = SecureTokens.issue();
		Invitation request = new Invitation(InvitationKind.DELEGATED_ADMIN, partner.id(), sender.accountId(),
				recipient.customerId(), recipient.companyName(), recipient.contactName(), recipient.email(),
				recipient.language(), null, List.of(), token.hash(), now.plus(this.properties.invitationValidity()),
				now);
		this.openRequests.requestIf(terms, request, partner);
		request.recordSent(Actor.of(sender));
		this.openRequests.saveNew(request);
		this.mails.queueInvitation(request, partner, token.token());
		return request.id();
	}

}
