package com.partnerportal.pipeline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.pipeline.PipelineRows;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pipeline pages over MockMvc: who may see them, a partner sees only its own, and a
 * bad filter gets a message at its field and a 400.
 */
@PortalIntegrationTest
class PipelineWebTest {

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

	@Autowired
	Clock clock;

	UUID partnerId;

	PortalUser admin;

	PortalUser seller;

	PipelineRows rows;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.admin = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN));
		this.seller = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.rows = new PipelineRows(this.jdbc, this.partnerId);
	}

	@Test
	void partnerAdminsAndSalesAgentsSeeThePartnersWholePipeline() throws Exception {
		Instant now = this.clock.instant();
		this.rows.invitation("TRIAL", this.admin.accountId(), null, "VIEWED", now.minus(Duration.ofDays(2)),
				now.minus(Duration.ofDays(1)), null);
		this.rows.invitation("PURCHASE", this.seller.accountId(), null, "SENT", now.minus(Duration.ofDays(9)), null,
				null);
		for (PortalUser who : new PortalUser[] { this.admin, this.seller }) {
			String page = this.mvc.perform(get("/partner/pipeline").with(user(who)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"funnel-table\"", "id=\"funnel-chart\"", "aria-hidden=\"true\"");
			assertThat(countOf(page, "SENT")).isEqualTo("2");
			assertThat(countOf(page, "OPENED")).isEqualTo("1");
			assertThat(page).contains("id=\"offers-unopened\"", "/resend", "50 % of “Invitation sent”");
		}
	}

	@Test
	void otherPartnerUsersAndCustomersAreRefused() throws Exception {
		PortalUser adminAgent = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT));
		PortalUser helpdesk = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.HELPDESK_AGENT));
		for (PortalUser who : new PortalUser[] { adminAgent, helpdesk }) {
			this.mvc.perform(get("/partner/pipeline").with(user(who))).andExpect(status().isForbidden());
			this.mvc.perform(get("/partner/pipeline/summary").with(user(who))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/partner/pipeline").with(user(this.tenants.acceptedTrial().admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/pipeline").with(user(this.admin))).andExpect(status().isForbidden());
	}

	@Test
	void aPartnerSeesNoneOfAnotherPartnersPipeline() throws Exception {
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		PipelineRows others = new PipelineRows(this.jdbc, other);
		UUID theirAgent = others.userId(this.testData.user(other, PartnerRole.SALES_AGENT));
		others.invitation("TRIAL", theirAgent, null, "SENT", this.clock.instant().minus(Duration.ofDays(1)), null,
				null);
		others.trial(others.customer("Their Customer"), "MAIL_PLAN_1", 5, this.clock.instant(),
				this.clock.instant().plus(Duration.ofDays(3)));

		String page = this.mvc.perform(get("/partner/pipeline").with(user(this.admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(countOf(page, "SENT")).isEqualTo("0");
		assertThat(page).contains("id=\"at-risk-none\"").doesNotContain("Their Customer");

		// naming another partner's agent is a bad filter, not a look at its figures
		String refused = this.mvc
			.perform(get("/partner/pipeline").param("agent", theirAgent.toString()).with(user(this.admin)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("id=\"agent-error\"", "Choose a sales agent of your company from the list.");
	}

	@Test
	void badFiltersGetAMessageAtTheirFieldAndA400() throws Exception {
		String page = this.mvc
			.perform(get("/partner/pipeline").param("period", "custom")
				.param("from", "2026-13-40")
				.param("to", "x".repeat(5000))
				.param("kind", "EVERYTHING")
				.with(user(this.seller)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"from-error\"", "id=\"to-error\"", "id=\"kind-error\"",
				"Enter a date such as 2026-01-31.", "Choose a kind from the list.", "aria-describedby=\"kind-error\"");

		this.mvc.perform(get("/partner/pipeline").param("period", "14").with(user(this.seller)))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(get("/admin/pipeline").param("instance", "MOON")
				.with(user(backOffice(BackOfficeRole.BACK_OFFICE_ADMIN))))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theBackOfficeSeesTheProgramAndTheOverviewItsSummary() throws Exception {
		this.rows.invitation("TRIAL", this.seller.accountId(), null, "SENT", this.clock.instant(), null, null);
		for (BackOfficeRole role : BackOfficeRole.values()) {
			String page = this.mvc
				.perform(get("/admin/pipeline").param("instance", "GLOBAL").with(user(backOffice(role))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("id=\"funnel-table\"", "id=\"partner-table\"");
		}
		String summary = this.mvc.perform(get("/partner/pipeline/summary").with(user(this.seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(summary).contains("id=\"summary-SENT\">1<");
	}

	@Test
	void theAtRiskTrialLeadsToAPrefilledPurchaseOffer() throws Exception {
		UUID customer = this.rows.customer("Prefill Ltd");
		this.rows.trial(customer, "MAIL_PLAN_1", 25, this.clock.instant().minus(Duration.ofDays(20)),
				this.clock.instant().plus(Duration.ofDays(5)));
		String page = this.mvc.perform(get("/partner/pipeline").with(user(this.seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = "/partner/offers/new?customerId=" + customer + "&amp;offerCode=MAIL_PLAN_1&amp;quantity=25";
		assertThat(page).contains(link);

		String form = this.mvc
			.perform(get("/partner/offers/new").param("customerId", customer.toString())
				.param("offerCode", "MAIL_PLAN_1")
				.param("quantity", "25")
				.with(user(this.seller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).containsPattern("<option value=\"MAIL_PLAN_1\"[^>]*selected");
		assertThat(form).containsPattern("name=\"lines\\[0]\\.quantity\"[^>]*value=\"25\"");
		// a forged prefill is no prefill
		this.mvc
			.perform(get("/partner/offers/new").param("offerCode", "<script>")
				.param("quantity", "-1")
				.with(user(this.seller)))
			.andExpect(status().isOk());
	}

	private static String countOf(String page, String stage) {
		int row = page.indexOf("id=\"stage-" + stage + "\"");
		assertThat(row).as("the row of %s", stage).isPositive();
		int cell = page.indexOf("stage-count\">", row);
		return page.substring(cell + "stage-count\">".length(), page.indexOf('<', cell));
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

}
