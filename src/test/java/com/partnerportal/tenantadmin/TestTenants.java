package com.partnerportal.tenantadmin;

import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.Customers;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.AcceptTrialInvitation;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.TrialInvitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.TestData;
import com.partnerportal.support.TestMailServer;

/**
 * Customer tenants made as in real life: a partner invites a new customer to trials, the
 * customer accepts from the mailed link and so creates its tenant.
 */
public final class TestTenants {

	private final TrialInvitations invitations;

	private final Customers customers;

	private final PortalUser sales;

	public TestTenants(TestData testData, Partners partners, TrialInvitations invitations, Customers customers) {
		this.invitations = invitations;
		this.customers = customers;
		UUID partnerId = testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = testData.principal(partners, testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

	/**
	 * A new tenant with a trial of each offer, and its first admin signed in.
	 */
	public Tenant acceptedTrial(String... offerCodes) {
		String email = TestData.uniqueEmail("tenant");
		String name = "Tenant " + email;
		this.invitations.send(this.sales,
				new NewTrialInvitation(name, "Terry Tenant", email, "en", null, List.of(offerCodes)));
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.invitations
			.accept(link.substring(link.lastIndexOf('/') + 1), new AcceptTrialInvitation(name,
					TestData.unique("tenant").toLowerCase(), "Terry Tenant", "a-good-password"));
		PortalUser admin = this.customers.findForSignIn(accepted.tenant().admin().getUsername()).orElseThrow();
		return new Tenant(accepted.customerId(), name, accepted.tenant().domain(), admin,
				this.customers.subscriptions(accepted.customerId()));
	}

	/**
	 * A tenant, its first admin, and its subscriptions when it was made.
	 */
	public record Tenant(UUID customerId, String name, String domain, PortalUser admin,
			List<SubscriptionView> subscriptions) {

		public SubscriptionView subscription(String offerCode) {
			return this.subscriptions.stream()
				.filter((subscription) -> subscription.offerCode().equals(offerCode))
				.findFirst()
				.orElseThrow();
		}

	}

}
