package com.partnerportal.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 12, access per role, over the web: the role an on-behalf change used is recorded
 * and shown on the customer's activity page; the console shows only what the roles allow;
 * a partner admin limits an agent to named customers, and the agent's customer list and
 * tenant access follow; bad input to the limits page is refused with a 4xx.
 */
@PortalIntegrationTest
class AccessPerRoleWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	PortalUser partnerAdmin;

	PortalUser agent;

	Tenant contoso;

	Tenant fabrikam;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
		this.partnerAdmin = principal(this.partnerId, PartnerRole.PARTNER_ADMIN);
		this.agent = principal(this.partnerId, PartnerRole.ADMIN_AGENT);
		this.contoso = this.tenants.acceptedTrial(this.sales, TestData.unique("Contoso"), true, "BUSINESS_STANDARD");
		this.fabrikam = this.tenants.acceptedTrial(this.sales, TestData.unique("Fabrikam"), true, "BUSINESS_STANDARD");
	}

	@Test
	void anOnBehalfChangeRecordsTheRoleItUsedAndTheCustomerSeesIt() throws Exception {
		holdOnly(this.contoso, "GROUPS,READ_ONLY");
		String group = TestData.unique("Sales");
		this.mvc
			.perform(post("/tenants/" + this.contoso.customerId() + "/groups").param("name", group)
				.with(csrf())
				.with(user(this.agent)))
			.andReturn();
		await().atMost(10, TimeUnit.SECONDS)
			.until(() -> this.jdbc.queryForList(
					"select delegated_role from audit_entry where customer_id = ? and action = 'TENANT_GROUP_CREATED'",
					String.class, this.contoso.customerId()), (roles) -> roles.equals(List.of("GROUPS")));

		String english = activityPage(Locale.ENGLISH);
		assertThat(english).contains("via role: Groups");
		assertThat(activityPage(Locale.JAPANESE)).contains("使用したロール: グループ");
		assertThat(activityPage(Locale.KOREAN)).contains("사용한 역할: 그룹");

		// the customer's own change records no role, and its line shows none
		this.mvc
			.perform(post("/tenants/" + this.contoso.customerId() + "/groups").param("name", TestData.unique("Own"))
				.with(csrf())
				.with(user(this.contoso.admin())))
			.andReturn();
		await().atMost(10, TimeUnit.SECONDS)
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where customer_id = ? and action = 'TENANT_GROUP_CREATED'"
							+ " and delegated_role is null",
					Integer.class, this.contoso.customerId()), (count) -> count == 1);
		String everyone = this.mvc
			.perform(get("/customer/activity").param("who", "everyone")
				.locale(Locale.ENGLISH)
				.with(user(this.contoso.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(everyone.split("via role: ", -1)).hasSize(2);
	}

	@Test
	void theConsoleShowsOnlyTheAreasAndChangesTheRolesAllow() throws Exception {
		holdOnly(this.contoso, "GROUPS,READ_ONLY");
		String groups = page("/tenants/" + this.contoso.customerId() + "/groups", this.agent);
		assertThat(groups).contains("id=\"create-group\"").doesNotContain("id=\"look-only\"");
		String users = page("/tenants/" + this.contoso.customerId() + "/users", this.agent);
		assertThat(users).doesNotContain("id=\"add-user\"").contains("id=\"look-only\"");

		holdOnly(this.contoso, "MAILBOXES");
		String mailboxes = page("/tenants/" + this.contoso.customerId() + "/mailboxes", this.agent);
		assertThat(mailboxes).contains("id=\"create-mailbox\"")
			.contains("/tenants/" + this.contoso.customerId() + "/mailboxes\"")
			.doesNotContain("/tenants/" + this.contoso.customerId() + "/users\"")
			.doesNotContain("/tenants/" + this.contoso.customerId() + "/service-requests\"");

		String own = page("/tenants/" + this.contoso.customerId() + "/users", this.contoso.admin());
		assertThat(own).contains("id=\"add-user\"").doesNotContain("id=\"look-only\"");
	}

	@Test
	void aPartnerAdminLimitsAnAgentToNamedCustomers() throws Exception {
		String limits = "/partner/team/" + this.agent.accountId() + "/customers";
		String page = page(limits + "?q=" + this.contoso.name(), this.partnerAdmin);
		assertThat(page).contains(this.contoso.name()).contains("id=\"limits-form\"");

		int status = this.mvc
			.perform(post(limits)
				.param("shown", this.contoso.customerId().toString(), this.fabrikam.customerId().toString())
				.param("customerIds", this.contoso.customerId().toString())
				.with(csrf())
				.with(user(this.partnerAdmin)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select customer_id from partner_user_customer_scope where user_id = ?",
				UUID.class, this.agent.accountId()))
			.containsExactly(this.contoso.customerId());

		String customers = page("/partner/customers", this.agent);
		assertThat(customers).contains(this.contoso.name()).doesNotContain(this.fabrikam.name());
		assertThat(status("/tenants/" + this.fabrikam.customerId() + "/users", this.agent)).isEqualTo(403);
		assertThat(status("/tenants/" + this.contoso.customerId() + "/users", this.agent)).isEqualTo(200);
		assertThat(status("/partner/customers/" + this.fabrikam.customerId(), this.agent)).isEqualTo(404);
		// the admin and other agents are not limited
		assertThat(page("/partner/customers", this.sales)).contains(this.fabrikam.name());

		assertThat(this.mvc.perform(post(limits + "/all").with(csrf()).with(user(this.partnerAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(status("/tenants/" + this.fabrikam.customerId() + "/users", this.agent)).isEqualTo(200);
		await().atMost(10, TimeUnit.SECONDS)
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'PARTNER_USER_CUSTOMERS_LIMITED'",
					Integer.class, this.agent.accountId()), (count) -> count == 2);
	}

	@Test
	void limitsOfAnotherPartnersUserOrCustomerAreRefused() throws Exception {
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser foreignAgent = principal(otherPartner, PartnerRole.ADMIN_AGENT);
		Tenant foreignCustomer = this.tenants.acceptedTrial(principal(otherPartner, PartnerRole.SALES_AGENT), true,
				"BUSINESS_STANDARD");
		String foreignLimits = "/partner/team/" + foreignAgent.accountId() + "/customers";
		assertThat(status(foreignLimits, this.partnerAdmin)).isEqualTo(403);
		assertThat(this.mvc
			.perform(post(foreignLimits).param("shown", this.contoso.customerId().toString())
				.param("customerIds", this.contoso.customerId().toString())
				.with(csrf())
				.with(user(this.partnerAdmin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		String limits = "/partner/team/" + this.agent.accountId() + "/customers";
		String forged = refusedLimits(limits, foreignCustomer.customerId().toString(),
				foreignCustomer.customerId().toString());
		assertThat(forged).contains("Choose customers of your organization from the list.");

		String malformed = refusedLimits(limits, "not-an-id", "not-an-id");
		assertThat(malformed).contains("Choose customers from the list.");

		String notShown = refusedLimits(limits, this.contoso.customerId().toString(),
				this.fabrikam.customerId().toString());
		assertThat(notShown).contains("Choose customers from this page of the list.");

		// an agent may not limit anyone
		assertThat(status(limits, this.agent)).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from partner_user_customer_scope where user_id in (?, ?)",
				Integer.class, this.agent.accountId(), foreignAgent.accountId()))
			.isZero();
	}

	/**
	 * The partner admin's limits form posted with the given ids: refused (422), its page.
	 */
	private String refusedLimits(String limits, String shown, String chosen) throws Exception {
		return this.mvc
			.perform(post(limits).param("shown", shown)
				.param("customerIds", chosen)
				.locale(Locale.ENGLISH)
				.with(csrf())
				.with(user(this.partnerAdmin)))
			.andExpectAll((result) -> assertThat(result.getResponse().getStatus()).isEqualTo(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String activityPage(Locale locale) throws Exception {
		return this.mvc.perform(get("/customer/activity").locale(locale).with(user(this.contoso.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path, PortalUser who) throws Exception {
		var response = this.mvc.perform(get(path).locale(Locale.ENGLISH).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(String path, PortalUser who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
	}

	private void holdOnly(Tenant tenant, String roles) {
		assertThat(this.jdbc.update("update delegated_admin set roles = ? where customer_id = ? and state = 'ACTIVE'",
				roles, tenant.customerId()))
			.isEqualTo(1);
	}

	private PortalUser principal(UUID partner, PartnerRole... roles) {
		return this.testData.principal(this.partners, this.testData.user(partner, roles));
	}

}
