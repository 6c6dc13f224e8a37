package com.partnerportal.support;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.customer.Customers;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.AcceptTrialInvitation;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.TrialInvitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;

/**
 * Customer tenants for one test, made as a customer makes one: a partner's sales agent
 * invites it to a trial, and it accepts through the mailed link.
 */
public class TestTenants {

	private final TrialInvitations invitations;

	private final Customers customers;

	private final PortalUser sales;

	public TestTenants(TestData testData, Partners partners, TrialInvitations invitations, Customers customers) {
		this.invitations = invitations;
		this.customers = customers;
		UUID seller = testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = testData.principal(partners, testData.user(seller, PartnerRole.SALES_AGENT));
	}

	/**
	 * A new tenant with one trial; its first admin's mail goes to {@code contactEmail}.
	 */
	public Tenant tenant() {
		String email = TestData.uniqueEmail("tenant");
		String name = "Tenant " + email;
		this.invitations.send(this.sales,
				new NewTrialInvitation(name, "Terry Tenant", email, "en", null, List.of("MAIL_PLAN_1")));
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.invitations
			.accept(link.substring(link.lastIndexOf('/') + 1), new AcceptTrialInvitation(name,
					TestData.unique("tenant").toLowerCase(Locale.ROOT), "Terry Tenant", "a-good-password"));
		PortalUser admin = this.customers.findForSignIn(accepted.tenant().admin().getUsername()).orElseThrow();
		return new Tenant(accepted.customerId(), name, email, admin);
	}

	/**
	 * A customer tenant: its name, the address its mail goes to, and its first admin as
	 * signed in.
	 */
	public record Tenant(UUID customerId, String name, String contactEmail, PortalUser admin) {

	}

}
