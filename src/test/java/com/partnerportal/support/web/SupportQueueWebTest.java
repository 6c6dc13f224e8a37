package com.partnerportal.support.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequests;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The back-office support queue over MockMvc: its filters, the request's page, and bad
 * input on each of its forms (empty or oversized answer, forged assignee or state, stale
 * version, unknown id), each answered with a localized message and a 4xx, nothing saved.
 */
@PortalIntegrationTest
class SupportQueueWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	PortalUser agent;

	UUID requestId;

	/** This test's request title: others' requests stay in the queue. */
	String title;

	@BeforeEach
	void setUp() {
		this.tenant = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions)
			.acceptedTrial();
		String email = TestData.uniqueEmail("agent");
		this.backOffice.create(email, "Sora Support", TestData.PASSWORD, "en", BackOfficeRole.SUPPORT_AGENT);
		this.agent = this.backOffice.findForSignIn(email).orElseThrow();
		this.title = TestData.unique("Queue web test");
		this.requestId = this.serviceRequests
			.open(this.tenant.admin(), this.tenant.customerId(),
					new NewServiceRequest(this.title, "Nothing works", ServiceRequestCategory.MIGRATION,
							ServiceRequestSeverity.CRITICAL))
			.id();
	}

	@Test
	void theQueueShowsTheRequestWithItsSlaAndFilters() throws Exception {
		String page = page(
				this.mvc.perform(get("/admin/support").with(user(this.agent))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Support queue", this.title, "On track", this.tenant.name());

		for (String query : new String[] { "?sla=ON_TRACK", "?severity=CRITICAL", "?instance=GLOBAL",
				"?assignee=unassigned", "?state=OPEN" }) {
			assertThat(
					page(this.mvc.perform(get("/admin/support" + query + "&sort=openedAt,desc").with(user(this.agent)))
						.andExpect(status().isOk())
						.andReturn()))
				.as(query)
				.contains(this.title);
		}
		for (String query : new String[] { "?sla=MET", "?severity=LOW", "?instance=CHINA_21VIANET",
				"?assignee=mine" }) {
			assertThat(page(this.mvc.perform(get("/admin/support" + query).with(user(this.agent)))
				.andExpect(status().isOk())
				.andReturn())).as(query).doesNotContain(this.title);
		}
	}

	@Test
	void malformedFiltersAreA400AndAClientsSortNeverReachesAQuery() throws Exception {
		for (String query : new String[] { "?sla=LATE", "?severity=URGENT", "?assignee=someone" }) {
			this.mvc.perform(get("/admin/support" + query).with(user(this.agent))).andExpect(status().isBadRequest());
		}
		for (String query : new String[] { "?sort=title,desc", "?sort=customerId", "?page=-1&size=100000" }) {
			this.mvc.perform(get("/admin/support" + query).with(user(this.agent))).andExpect(status().isOk());
		}
	}

	@Test
	void theRequestsPageOffersAnswerAssignmentAndStatesAndALinkToTheMigrations() throws Exception {
		String page = page(this.mvc.perform(get("/admin/support/" + this.requestId).with(user(this.agent)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains(this.title, "Nothing works", "Send the answer", "Assign", "Change the state",
				"Sora Support (support agent)", "/admin/support/migrations?customer=" + this.tenant.customerId());
		this.mvc.perform(get("/admin/support/migrations?customer=" + this.tenant.customerId()).with(user(this.agent)))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownRequestIsNotFound() throws Exception {
		UUID unknown = UUID.randomUUID();
		this.mvc.perform(get("/admin/support/" + unknown).with(user(this.agent))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/support/" + unknown + "/answer").param("body", "Hello")
				.param("next", "RESOLVED")
				.param("version", "0")
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/support/not-an-id").with(user(this.agent))).andExpect(status().isBadRequest());
	}

	@Test
	void anAnswerIsSavedAndTheRequestMovesOn() throws Exception {
		this.mvc
			.perform(post("/admin/support/" + this.requestId + "/answer").param("body", "We are on it.")
				.param("next", "IN_PROGRESS")
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/support/" + this.requestId))
			.andExpect(flash().attribute("flash", "support.flash.answered"));

		assertThat(replies()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select state || ' ' || (first_response_at is not null) from service_request where id = ?",
				String.class, this.requestId))
			.isEqualTo("IN_PROGRESS true");
	}

	@Test
	void anEmptyOrOversizedAnswerIsShownAgainWithItsMessageAndNothingIsSaved() throws Exception {
		String empty = page(this.mvc
			.perform(post("/admin/support/" + this.requestId + "/answer").param("body", "  ")
				.param("next", "RESOLVED")
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(empty).contains("Please correct the marked fields.", "Please fill in this field.",
				"aria-describedby=\"body-help body-error\"");

		String oversized = page(this.mvc
			.perform(post("/admin/support/" + this.requestId + "/answer").param("body", "x".repeat(4001))
				.param("next", "RESOLVED")
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(oversized).contains("Use at most 4000 characters.");
		assertThat(replies()).isZero();
	}

	@Test
	void aForgedAssigneeIsA400AtItsField() throws Exception {
		for (String forged : new String[] { UUID.randomUUID().toString(), "not-an-id" }) {
			String page = page(this.mvc
				.perform(post("/admin/support/" + this.requestId + "/assignment").param("assignee", forged)
					.param("version", version())
					.with(csrf())
					.with(user(this.agent)))
				.andExpect(status().isBadRequest())
				.andReturn());
			assertThat(page).as(forged).contains("Choose a back-office user from the list.", "id=\"assignee-error\"");
		}
		assertThat(this.jdbc.queryForObject("select assignee_id from service_request where id = ?", UUID.class,
				this.requestId))
			.isNull();

		this.mvc
			.perform(post("/admin/support/" + this.requestId + "/assignment")
				.param("assignee", this.agent.accountId().toString())
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "support.flash.assigned"));
		assertThat(page(this.mvc.perform(get("/admin/support?assignee=mine&sort=openedAt,desc").with(user(this.agent)))
			.andExpect(status().isOk())
			.andReturn())).contains(this.title);
	}

	@Test
	void aForgedOrIllegalStateIsRefused() throws Exception {
		String forged = page(this.mvc
			.perform(post("/admin/support/" + this.requestId + "/state").param("state", "ESCALATED")
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isBadRequest())
			.andReturn());
		assertThat(forged).contains("Choose the new state from the list.").doesNotContain("Failed to convert");

		String illegal = page(this.mvc
			.perform(post("/admin/support/" + this.requestId + "/state").param("state", "CLOSED")
				.param("version", version())
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isConflict())
			.andReturn());
		assertThat(illegal).contains("cannot move to that state");
		assertThat(state()).isEqualTo("OPEN");
	}

	@Test
	void aChangeOnAStalePageIsAFriendly409() throws Exception {
		String shown = version();
		this.mvc
			.perform(post("/admin/support/" + this.requestId + "/state").param("state", "IN_PROGRESS")
				.param("version", shown)
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isFound());

		String page = page(this.mvc
			.perform(post("/admin/support/" + this.requestId + "/answer").param("body", "Late")
				.param("next", "RESOLVED")
				.param("version", shown)
				.with(csrf())
				.with(user(this.agent)))
			.andExpect(status().isConflict())
			.andReturn());
		assertThat(page).contains("was changed by someone else");
		assertThat(replies()).isZero();
		assertThat(state()).isEqualTo("IN_PROGRESS");
	}

	private String version() {
		return Long.toString(this.jdbc.queryForObject("select version from service_request where id = ?", Long.class,
				this.requestId));
	}

	private String state() {
		return this.jdbc.queryForObject("select state from service_request where id = ?", String.class, this.requestId);
	}

	private int replies() {
		return this.jdbc.queryForObject("select count(*) from service_request_reply where request_id = ?",
				Integer.class, this.requestId);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
