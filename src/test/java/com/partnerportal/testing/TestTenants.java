package com.partnerportal.testing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;

/**
 * Makes customer tenants the way the portal does: a partner sends a trial invitation, the
 * customer accepts it from the mail's link.
 */
public class TestTenants {

	private static final String DEFAULT_OFFER = "MAIL_PLAN_1";

	private final TestData testData;

	private final Partners partners;

	private final InvitationAcceptance acceptance;

	private final Invitations invitations;

	private final Subscriptions customerSubscriptions;

	private final CustomerAccounts customerAccounts;

	private PortalUser ownSeller;

	public TestTenants(TestData testData, Partners partners, Invitations invitations, InvitationAcceptance acceptance,
			CustomerAccounts customerAccounts, Subscriptions customerSubscriptions) {
		this.acceptance = acceptance;
		this.testData = testData;
		this.partners = partners;
		this.invitations = invitations;
		this.customerSubscriptions = customerSubscriptions;
		this.customerAccounts = customerAccounts;
	}

	/**
	 * A new tenant of a partner of its own, with a trial of each offer (Mail Plan 1 if
	 * none is named).
	 */
	public Tenant acceptedTrial(String... offerCodes) {
		return acceptedTrial(ownSeller(), false, offerCodes);
	}

	/**
	 * A new tenant invited by {@code seller}, which it approves as delegated admin if
	 * asked.
	 */
	public Tenant acceptedTrial(PortalUser seller, boolean approveDelegatedAdmin, String... offerCodes) {
		return acceptedTrial(seller, null, approveDelegatedAdmin, offerCodes);
	}

	/**
	 * As {@link #acceptedTrial(PortalUser, boolean, String...)}, with the given company
	 * name (a generated one when null).
	 */
	public Tenant acceptedTrial(PortalUser seller, String companyName, boolean approveDelegatedAdmin,
			String... offerCodes) {
		String email = TestData.uniqueEmail("tenant");
		String name = (companyName != null) ? companyName : "Tenant " + email;
		List<String> offers = (offerCodes.length == 0) ? List.of(DEFAULT_OFFER) : List.of(offerCodes);
		this.invitations.send(seller, new NewTrialInvitation(null, name, "Terry Tenant", email, "en", null, offers,
				approveDelegatedAdmin, null, null));
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.acceptance.accept(
				TestMailServer.token(TestMailServer.awaitMail(email, "")), null,
				new CustomerChoices(new NewTenantDetails(name, TestData.unique("tenant").toLowerCase(Locale.ROOT),
						"Terry Tenant", "a-good-password"), approveDelegatedAdmin));
		PortalUser admin = this.customerAccounts.findForSignIn(accepted.tenant().admin().getUsername()).orElseThrow();
		return new Tenant(accepted.customerId(), name, accepted.tenant().domain(), email, admin,
				this.customerSubscriptions.subscriptions(accepted.customerId()));
	}

	private PortalUser ownSeller() {
		if (this.ownSeller == null) {
			UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
			this.ownSeller = this.testData.principal(this.partners,
					this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		}
		return this.ownSeller;
	}

	/**
	 * A customer tenant: its name and domain, the address its mail goes to, its first
	 * admin as signed in, and its subscriptions when it was made.
	 */
	public record Tenant(UUID customerId, String name, String domain, String contactEmail, PortalUser admin,
			List<SubscriptionView> subscriptions) {

		public SubscriptionView subscription(String offerCode) {
			return this.subscriptions.stream()
				.filter((subscription) -> subscription.offerCode().equals(offerCode))
				.findFirst()
				.orElseThrow();
		}

	}

}
