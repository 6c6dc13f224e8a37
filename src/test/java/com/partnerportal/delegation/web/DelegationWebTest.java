package com.partnerportal.delegation.web;

import java.util.EnumSet;
import java.util.UUID;

import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
	Tenants customerTenants;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	Invitations invitations;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TestTenants tenants;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
	}

	@Test
	void theCustomerSeesItsDelegatedAdminAndRemovesItAfterConfirming() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, "Remove Co", true, "BUSINESS_STANDARD");
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
		Tenant tenant = this.tenants.acceptedTrial(this.sales, "Por Co", true, "BUSINESS_STANDARD");
		UUID subscriptionId = this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).id();
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
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).partnerOfRecordId())
			.isEqualTo(otherPartner);
		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().partnerId())
			.isEqualTo(this.partnerId);

		Tenant stranger = this.tenants.acceptedTrial(this.sales, "Stranger Co", true, "BUSINESS_STANDARD");
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
		Tenant tenant = this.tenants.acceptedTrial(this.sales, "Agent Co", true, "BUSINESS_STANDARD");
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
		Tenant tenant = this.tenants.acceptedTrial(this.sales, "Handover Co", true, "BUSINESS_STANDARD");
		UUID second = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser secondAdmin = principal(second, PartnerRole.PARTNER_ADMIN);
		String domain = this.customerTenants.customer(tenant.customerId()).domain();

		this.mvc
			.perform(post("/partner/delegated-admin-requests").with(csrf())
				.with(user(secondAdmin))
				.param("domain", "unknown-tenant.cloudportal.example"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("No tenant has this domain.")));
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		this.mvc
			.perform(post("/partner/delegated-admin-requests").with(csrf())
				.with(user(secondAdmin))
				.param("domain", domain)
				.param("delegatedRoles", "GROUPS", "MAILBOXES")
				.param("delegatedDays", "90"))
			.andExpect(status().is3xxRedirection());
		String path = TestMailServer.path(TestMailServer.nextMailTo(tenant.contactEmail(), before));

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
		Tenant tenant = this.tenants.acceptedTrial(this.sales, "=HYPERLINK(evil)", true, "BUSINESS_STANDARD");
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

	private PortalUser principal(UUID partner, PartnerRole role) {
		return this.testData.principal(this.partners, this.testData.user(partner, role));
	}

}
