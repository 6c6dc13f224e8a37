package com.partnerportal.delegation.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdminAmendments;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.DelegationTerms;
import com.partnerportal.invitation.DelegatedAdminRequests;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Granular delegated admin over HTTP: forged or wrong terms on the request forms, forged
 * roles on the approval, taking back roles, and who may propose and answer an amendment.
 */
@PortalIntegrationTest
class GranularDelegatedAdminWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	TestTenants tenants;

	@Autowired
	DelegatedAdminRequests requests;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	DelegatedAdminAmendments amendments;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
	}

	@Test
	void theRequestFormsRefuseWrongAndForgedTermsAtTheirFieldsAndSaveNothing() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		String url = "/partner/customers/" + tenant.customerId() + "/delegated-admin-request";

		refused(post(url).param("delegatedDays", "90"), "Choose at least one role.", "delegatedRoles-error");
		refused(post(url).param("delegatedRoles", "GROUPS").param("delegatedDays", "0"),
				"Enter a duration from 1 to 730 days.", "delegatedDays-error");
		refused(post(url).param("delegatedRoles", "GROUPS").param("delegatedDays", "731"),
				"Enter a duration from 1 to 730 days.", "delegatedDays-error");
		refused(post(url).param("delegatedRoles", "GROUPS", "GLOBAL_ADMIN").param("delegatedDays", "90"), "",
				"delegatedRoles-error");
		refused(post("/partner/delegated-admin-requests").param("domain", tenant.domain())
			.param("delegatedRoles", "USERS_AND_LICENSES", "GROUPS", "MAILBOXES", "DATA_MIGRATIONS", "SERVICE_REQUESTS")
			.param("delegatedDays", "365")
			.param("delegatedAutoExtend", "true"), "Automatic extension is not possible", "delegatedAutoExtend-error");
		refused(post("/partner/invitations").param("customerId", tenant.customerId().toString())
			.param("language", "en")
			.param("offerCodes", "BUSINESS_PREMIUM")
			.param("delegatedAdmin", "true")
			.param("delegatedRoles", "GROUPS")
			.param("delegatedDays", "1000"), "Enter a duration from 1 to 730 days.", "delegatedDays-error");
		refused(post("/partner/delegated-admin-requests").param("domain", tenant.domain())
			.param("delegatedRoles", "GROUPS")
			.param("delegatedDays", "ninety"), "", "delegatedDays-error");

		assertThat(this.jdbc.queryForObject("select count(*) from invitation where customer_id = ? and kind <> 'TRIAL'",
				Integer.class, tenant.customerId()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where customer_id = ?", Integer.class,
				tenant.customerId()))
			.isOne();
	}

	@Test
	void theCustomerApprovesOnlyRequestedRolesAndAForgedOneIsRefusedWithNothingSaved() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		DelegationTerms terms = new DelegationTerms(EnumSet.of(DelegatedRole.GROUPS, DelegatedRole.MAILBOXES), 90,
				false);
		this.requests.send(this.sales, tenant.customerId(), terms);
		String link = mailedLinkOf(tenant);

		this.mvc.perform(get(link).with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approvedRoles-GROUPS\"")))
			.andExpect(content().string(containsString("id=\"approvedRoles-MAILBOXES\"")))
			.andExpect(content().string(containsString("For 90 days from your approval")))
			.andExpect(content().string(not(containsString("approvedRoles-USERS_AND_LICENSES"))));
		this.mvc.perform(accept(link, tenant, "USERS_AND_LICENSES")).andExpect(status().isBadRequest());
		this.mvc.perform(accept(link, tenant, "GLOBAL_ADMIN")).andExpect(status().isBadRequest());
		this.mvc.perform(accept(link, tenant))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tick at least one role, or decline the request.")));
		assertThat(this.delegatedAdmins.current(tenant.customerId())).isEmpty();

		this.mvc.perform(accept(link, tenant, "MAILBOXES")).andExpect(redirectedUrl("/customer"));

		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().roles())
			.containsExactly(DelegatedRole.MAILBOXES);
	}

	@Test
	void theCustomerTakesBackRolesItGrantedAndNoOther() throws Exception {
		Tenant tenant = approved(EnumSet.of(DelegatedRole.GROUPS, DelegatedRole.MAILBOXES));
		this.mvc.perform(get("/customer/partners").with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"take-back-GROUPS\"")))
			.andExpect(content().string(containsString("id=\"relationship-end\"")));

		this.mvc.perform(takeBack(tenant, "USERS_AND_LICENSES")).andExpect(status().isBadRequest());
		this.mvc.perform(takeBack(tenant))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tick at least one role to take back.")));
		this.mvc.perform(takeBack(tenant, "GROUPS")).andExpect(redirectedUrl("/customer/partners"));

		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().roles())
			.containsExactly(DelegatedRole.MAILBOXES);
	}

	@Test
	void onlyThePartnerThatHoldsTheRelationshipProposesAndOnlyItsCustomerAnswers() throws Exception {
		Tenant tenant = approved(EnumSet.of(DelegatedRole.GROUPS));
		String url = "/partner/customers/" + tenant.customerId() + "/delegated-admin/amendment";
		PortalUser otherSales = principal(this.testData.signedPartner(TestData.ALL_SERVICES), PartnerRole.SALES_AGENT);
		this.mvc.perform(get(url).with(user(otherSales))).andExpect(status().isNotFound());
		this.mvc.perform(post(url).with(csrf()).with(user(otherSales)).param("roles", "GROUPS", "MAILBOXES"))
			.andExpect(status().isNotFound());

		this.mvc.perform(get(url).param("extend", "true").with(user(this.sales)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"extensionDays\"")))
			.andExpect(content().string(containsString("value=\"90\"")));
		this.mvc.perform(post(url).with(csrf()).with(user(this.sales)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Keep at least one role.")));
		this.mvc.perform(post(url).with(csrf()).with(user(this.sales)).param("roles", "GROUPS"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This changes nothing")));
		this.mvc.perform(
				post(url).with(csrf()).with(user(this.sales)).param("roles", "GROUPS").param("extensionDays", "731"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("extensionDays-error")));
		this.mvc
			.perform(post(url).with(csrf())
				.with(user(this.sales))
				.param("roles", "GROUPS", "MAILBOXES")
				.param("extensionDays", "30"))
			.andExpect(redirectedUrl("/partner/customers/" + tenant.customerId()));
		UUID amendment = this.amendments.open(tenant.customerId()).orElseThrow().id();
		String page = "/customer/partners/delegated-admin/amendments/" + amendment;

		Tenant otherCustomer = this.tenants.acceptedTrial("MAIL_PLAN_1");
		this.mvc.perform(get(page).with(user(otherCustomer.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/accept").with(csrf()).with(user(otherCustomer.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page + "/accept").with(csrf()).with(user(otherSales))).andExpect(status().isForbidden());

		this.mvc.perform(get(page).with(user(tenant.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-role=\"MAILBOXES\"")))
			.andExpect(content().string(containsString("(30 more days)")));
		this.mvc.perform(post(page + "/accept").with(csrf()).with(user(tenant.admin())))
			.andExpect(redirectedUrl("/customer/partners"));
		this.mvc.perform(post(page + "/accept").with(csrf()).with(user(tenant.admin())))
			.andExpect(status().isConflict());
		this.mvc.perform(post(page + "/refuse").with(csrf()).with(user(tenant.admin())))
			.andExpect(status().isConflict());
		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().roles())
			.containsExactlyInAnyOrder(DelegatedRole.GROUPS, DelegatedRole.MAILBOXES);
	}

	private void refused(MockHttpServletRequestBuilder request, String message, String errorId) throws Exception {
		this.mvc.perform(request.with(csrf()).with(user(this.sales)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("id=\"" + errorId + "\"")));
	}

	private Tenant approved(Set<DelegatedRole> roles) {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(roles, 90, false));
		String link = mailedLinkOf(tenant);
		try {
			this.mvc.perform(accept(link, tenant, roles.stream().map(Enum::name).toArray(String[]::new)))
				.andExpect(redirectedUrl("/customer"));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return tenant;
	}

	private static String mailedLinkOf(Tenant tenant) {
		return TestMailServer
			.path(TestMailServer.awaitMail(tenant.contactEmail(), "asks to become your delegated admin"));
	}

	private static MockHttpServletRequestBuilder accept(String path, Tenant tenant, String... roles) {
		MockHttpServletRequestBuilder request = post(path + "/accept").with(csrf())
			.with(user(tenant.admin()))
			.param("roleChoice", "true");
		return (roles.length > 0) ? request.param("approvedRoles", roles) : request;
	}

	private static MockHttpServletRequestBuilder takeBack(Tenant tenant, String... roles) {
		MockHttpServletRequestBuilder request = post("/customer/partners/delegated-admin/take-back").with(csrf())
			.with(user(tenant.admin()));
		return (roles.length > 0) ? request.param("roles", roles) : request;
	}

	private PortalUser principal(UUID partner, PartnerRole role) {
		return this.testData.principal(this.partners, this.testData.user(partner, role));
	}

}
