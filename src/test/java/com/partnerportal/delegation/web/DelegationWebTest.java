package com.partnerportal.delegation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.partnerportal.customer.Customers;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.AcceptTrialInvitation;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.TrialInvitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.PortalIntegrationTest;
import com.partnerportal.support.TestData;
import com.partnerportal.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The delegated-admin pages over HTTP: the customer's Partners page (remove, Partner of
 * Record), the approval page, the partner's request by domain, the activity page and its
 * CSV export.
 */
@PortalIntegrationTest
class DelegationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Customers customers;

	@Autowired
	TrialInvitations invitations;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
	}

	@Test
	void theCustomerSeesItsDelegatedAdminAndRemovesItAfterConfirming() throws Exception {
		Tenant tenant = tenant("Remove Co");
		String partnerName = this.partners.partner(this.partnerId).name();

		this.mvc.perform(get("/customer/partners").with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(partnerName)))
			.andExpect(content().string(containsString("remove-delegated-admin")));
		this.mvc.perform(get("/customer/partners/delegated-admin/remove").with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confirm-remove")));
		this.mvc.perform(post("/customer/partners/delegated-admin/remove").with(user(tenant.admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/customer/partners/delegated-admin/remove").with(csrf()).with(user(tenant.admin())))
			.andExpect(redirectedUrl("/customer/partners"));

		assertThat(this.delegatedAdmins.current(tenant.customerId())).isEmpty();
		this.mvc.perform(get("/customer/partners").with(user(tenant.admin())))
			.andExpect(content().string(containsString("no-delegated-admin")));
	}

	@Test
	void thePartnerOfRecordIsNamedByNameOrIdAndBadNamesGetAMessage() throws Exception {
		Tenant tenant = tenant("Por Co");
		UUID subscriptionId = this.customers.subscriptions(tenant.customerId()).get(0).id();
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);

		this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscriptionId).with(csrf())
				.with(user(tenant.admin()))
				.param("partner", "Nobody by this name"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("No partner in the program has this name or ID.")));
		this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscriptionId).with(csrf())
				.with(user(tenant.admin()))
				.param("partner", otherPartner.toString()))
			.andExpect(redirectedUrl("/customer/partners"));
		assertThat(this.customers.subscriptions(tenant.customerId()).get(0).partnerOfRecordId())
			.isEqualTo(otherPartner);
		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().partnerId())
			.isEqualTo(this.partnerId);

		Tenant stranger = tenant("Stranger Co");
		this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscriptionId).with(csrf())
				.with(user(stranger.admin()))
				.param("partner", otherPartner.toString()))
			.andExpect(status().isNotFound());
		PortalUser otherSales = principal(otherPartner, PartnerRole.SALES_AGENT);
		this.mvc.perform(get("/partner/partner-of-record").with(user(otherSales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Por Co")));
	}

	@Test
	void anAdminAgentOfTheDelegatedAdminSeesAdministerAndOthersDoNot() throws Exception {
		Tenant tenant = tenant("Agent Co");
		PortalUser adminAgent = principal(this.partnerId, PartnerRole.ADMIN_AGENT);
		this.mvc.perform(get("/partner/customers/{id}", tenant.customerId()).with(user(adminAgent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"administer\"")));
		this.mvc.perform(get("/partner/customers/{id}", tenant.customerId()).with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"administer\""))));
	}

	@Test
	void aRequestByDomainShowsTheCustomerWhomItReplaces() throws Exception {
		Tenant tenant = tenant("Handover Co");
		UUID second = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser secondAdmin = principal(second, PartnerRole.PARTNER_ADMIN);
		String domain = this.customers.customer(tenant.customerId()).domain();

		this.mvc
			.perform(post("/partner/delegated-admin-requests").with(csrf())
				.with(user(secondAdmin))
				.param("domain", "unknown-tenant.cloudportal.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("No tenant has this domain.")));
		int before = TestMailServer.mailsTo(tenant.email()).size();
		this.mvc.perform(
				post("/partner/delegated-admin-requests").with(csrf()).with(user(secondAdmin)).param("domain", domain))
			.andExpect(status().is3xxRedirection());
		String path = linkPath(nextMail(tenant.email(), before));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sign-in-first")));
		this.mvc.perform(get(path).with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("replaces-partner")))
			.andExpect(content().string(containsString(this.partners.partner(this.partnerId).name())));
		this.mvc.perform(post(path + "/accept").with(csrf()).with(user(tenant.admin())))
			.andExpect(redirectedUrl("/customer"));
		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().partnerId()).isEqualTo(second);
	}

	@Test
	void aPartnerThatIsNotEnrolledCannotRequestDelegatedAdmin() throws Exception {
		UUID notEnrolled = this.partners.register(TestData.unique("Plain"), CloudInstance.GLOBAL,
				EnumSet.noneOf(Program.class), TestData.ALL_SERVICES);
		this.partners.signAgreement(notEnrolled, "2026-01", "Signer");
		PortalUser seller = principal(notEnrolled, PartnerRole.PARTNER_ADMIN);
		this.mvc.perform(get("/partner/delegated-admin-requests/new").with(user(seller)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only partners enrolled")));
		this.mvc.perform(get("/partner/invitations/new").with(user(seller)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"delegatedAdmin\""))));
		this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(seller))
				.param("companyName", "C")
				.param("contactName", "N")
				.param("email", TestData.uniqueEmail("c"))
				.param("language", "en")
				.param("offerCodes", "MAIL_PLAN_1")
				.param("delegatedAdmin", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Only partners enrolled")));
	}

	@Test
	void theCustomerSeesWhatPartnersDidAndExportsItAsCsv() throws Exception {
		Tenant tenant = tenant("=HYPERLINK(evil)");
		this.delegatedAdmins.remove(tenant.customerId(), "x", com.partnerportal.platform.Actor.of(tenant.admin()));
		org.awaitility.Awaitility.await()
			.until(() -> this.mvc.perform(get("/customer/activity").param("who", "everyone").with(user(tenant.admin())))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.contains("Delegated admin removed"));

		this.mvc.perform(get("/customer/activity.csv").param("who", "everyone").with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("\"Time (UTC)\",\"Partner\",\"User\",\"Action\",\"Target\"")))
			.andExpect(content().string(containsString("Delegated admin removed")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(evil)")));
		this.mvc.perform(get("/customer/activity.csv").with(user(this.sales))).andExpect(status().isForbidden());
	}

	private Tenant tenant(String name) {
		String email = TestData.uniqueEmail("tenant");
		this.invitations.send(this.sales,
				new NewTrialInvitation(null, name, "Terry", email, "en", null, List.of("BUSINESS_STANDARD"), true));
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.invitations.accept(
				linkPath(TestMailServer.awaitMail(email, "")).substring("/invitations/".length()), null,
				new AcceptTrialInvitation(name, TestData.unique("web").toLowerCase(), "Terry", "a-good-password"),
				true);
		return new Tenant(accepted.customerId(), email,
				this.customers.findForSignIn(accepted.tenant().admin().getUsername()).orElseThrow());
	}

	private PortalUser principal(UUID partner, PartnerRole role) {
		return this.testData.principal(this.partners, this.testData.user(partner, role));
	}

	private static MimeMessage nextMail(String email, int before) {
		org.awaitility.Awaitility.await().until(() -> TestMailServer.mailsTo(email).size() > before);
		return TestMailServer.mailsTo(email).get(before);
	}

	private static String linkPath(MimeMessage mail) {
		String link = TestMailServer.invitationLink(mail);
		return link.substring(link.indexOf("/invitations/"));
	}

	record Tenant(UUID customerId, String email, PortalUser admin) {
	}

}
