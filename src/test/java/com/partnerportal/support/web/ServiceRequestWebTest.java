package com.partnerportal.support.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service-request pages of a tenant's console: the customer's admins and the agents
 * of its delegated-admin partner use them, nobody else; bad input is shown again with its
 * message, and nothing is saved.
 */
@PortalIntegrationTest
class ServiceRequestWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	DelegatedAdmins delegatedAdmins;

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
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	Tenant otherTenant;

	String base;

	@BeforeEach
	void setUp() {
		TestTenants tenants = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions);
		this.tenant = tenants.acceptedTrial();
		this.otherTenant = tenants.acceptedTrial();
		this.base = "/tenants/" + this.tenant.customerId() + "/service-requests";
	}

	@Test
	void theCustomerAdminOpensARequest() throws Exception {
		MvcResult result = this.mvc
			.perform(newRequest("Mail does not arrive", "Since 9:00, for everyone.", "TECHNICAL", "HIGH")
				.with(user(this.tenant.admin())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.base + "/*"))
			.andExpect(flash().attribute("flash", "serviceRequest.flash.opened"))
			.andReturn();

		assertThat(this.jdbc.queryForObject(
				"select count(*) from service_request where customer_id = ? and title = ? and category = 'TECHNICAL' and severity = 'HIGH' and state = 'OPEN'",
				Integer.class, this.tenant.customerId(), "Mail does not arrive"))
			.isEqualTo(1);
		String page = page(
				this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(this.tenant.admin())))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(page)
			.contains("Mail does not arrive", "Since 9:00, for everyone.", english("serviceRequest.state.OPEN"),
					english("serviceRequestDetail.reply.submit"), english("serviceRequestDetail.close"),
					this.tenant.name())
			.doesNotContain("id=\"on-behalf\"");
	}

	@Test
	void aClientsSortOrPageOutOfRangeNeverReachesAQuery() throws Exception {
		for (String query : new String[] { "?sort=bogus,desc", "?sort=customerId", "?page=-1&size=100000",
				"?page=abc&state=OPEN" }) {
			this.mvc
				.perform(get("/tenants/" + this.tenant.customerId() + "/service-requests" + query)
					.with(user(this.tenant.admin())))
				.andExpect(status().isOk());
		}
	}

	@Test
	void badInputIsShownAgainWithItsMessagesAndNothingIsSaved() throws Exception {
		String page = page(
				this.mvc.perform(newRequest(" ", "x".repeat(4001), "", "NORMAL").with(user(this.tenant.admin())))
					.andExpect(status().isUnprocessableContent())
					.andReturn());

		assertThat(page).contains(english("validation.summary"), english("validation.required"),
				"Use at most 4000 characters.", english("serviceRequest.category.required"));
		assertThat(requestCount(this.tenant.customerId())).isZero();
	}

	@Test
	void aForgedCategoryIsALocalizedMessageNotAServerError() throws Exception {
		String page = page(this.mvc
			.perform(newRequest("Title", "Text", "NO_SUCH_CATEGORY", "NORMAL").with(user(this.tenant.admin())))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains(english("typeMismatch.requestForm.category")).doesNotContain("Failed to convert");
		assertThat(requestCount(this.tenant.customerId())).isZero();
	}

	@Test
	void anotherTenantsAdminIsForbidden() throws Exception {
		UUID id = open(this.tenant.admin(), "Private matter");
		PortalUser stranger = this.otherTenant.admin();

		this.mvc.perform(get(this.base).with(user(stranger))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/new").with(user(stranger))).andExpect(status().isForbidden());
		String page = page(this.mvc.perform(get(this.base + "/" + id).with(user(stranger)))
			.andExpect(status().isForbidden())
			.andReturn());
		assertThat(page).doesNotContain("Private matter");
		this.mvc.perform(newRequest("Sneaky", "Text", "OTHER", "LOW").with(user(stranger)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/" + id + "/replies").param("body", "Hi").with(user(stranger)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/" + id + "/close").with(user(stranger)).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(requestCount(this.tenant.customerId())).isEqualTo(1);
		assertThat(replyCount(id)).isZero();
		assertThat(this.jdbc.queryForObject("select state from service_request where id = ?", String.class, id))
			.isEqualTo("OPEN");
	}

	@Test
	void anotherTenantsRequestIdIsNotFoundInOnesOwnTenant() throws Exception {
		UUID foreign = open(this.otherTenant.admin(), "Foreign matter");
		PortalUser admin = this.tenant.admin();

		String page = page(this.mvc.perform(get(this.base + "/" + foreign).with(user(admin)))
			.andExpect(status().isNotFound())
			.andReturn());
		assertThat(page).contains(english("error.404.text")).doesNotContain("Foreign matter");
		this.mvc
			.perform(post(this.base + "/" + foreign + "/replies").param("body", "Hi").with(user(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(this.base + "/" + foreign + "/close").with(user(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(replyCount(foreign)).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToTheSignIn() throws Exception {
		this.mvc.perform(get(this.base)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(newRequest("Title", "Text", "OTHER", "LOW"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(requestCount(this.tenant.customerId())).isZero();
	}

	@Test
	void aHelpdeskAgentWorksOnBehalfOnlyWhileItsPartnerHoldsTheDelegatedAdmin() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser agent = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.HELPDESK_AGENT));
		this.mvc.perform(get(this.base).with(user(agent))).andExpect(status().isForbidden());

		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), partnerId, null,
				Actor.of(this.tenant.admin()));
		UUID id = open(this.tenant.admin(), "Seen by the partner");
		String page = page(this.mvc.perform(get(this.base).with(user(agent))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Seen by the partner", english("console.onBehalf"), "id=\"on-behalf\"");
		this.mvc.perform(
				post(this.base + "/" + id + "/replies").param("body", "We look into it").with(user(agent)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.base + "/" + id));

		this.delegatedAdmins.remove(this.tenant.customerId(), this.tenant.name(), Actor.of(this.tenant.admin()));

		this.mvc.perform(get(this.base).with(user(agent))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/" + id).with(user(agent))).andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/" + id + "/replies").param("body", "Again").with(user(agent)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(replyCount(id)).isEqualTo(1);
	}

	@Test
	void aSalesAgentIsNotAHelpdeskAgent() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser helpdesk = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.HELPDESK_AGENT));
		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), partnerId, null,
				Actor.of(this.tenant.admin()));
		// added after the approval, so that the approval mails nobody
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));

		this.mvc.perform(get(this.base).with(user(helpdesk))).andExpect(status().isOk());
		this.mvc.perform(get(this.base).with(user(sales))).andExpect(status().isForbidden());
	}

	@Test
	void repliesAndClosingFollowPostRedirectGet() throws Exception {
		UUID id = open(this.tenant.admin(), "Needs a reply");
		String detail = this.base + "/" + id;

		String page = page(this.mvc
			.perform(post(detail + "/replies").param("body", "  ").with(user(this.tenant.admin())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page).contains(english("validation.required"), "Needs a reply");
		assertThat(replyCount(id)).isZero();

		this.mvc
			.perform(post(detail + "/replies").param("body", "More details here")
				.with(user(this.tenant.admin()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(detail))
			.andExpect(flash().attribute("flash", "serviceRequest.flash.replied"));
		assertThat(page(
				this.mvc.perform(get(detail).with(user(this.tenant.admin()))).andExpect(status().isOk()).andReturn()))
			.contains("More details here", english("serviceRequest.authorKind.CUSTOMER_ADMIN"));

		this.mvc.perform(post(detail + "/close").with(user(this.tenant.admin())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(detail))
			.andExpect(flash().attribute("flash", "serviceRequest.flash.closed"));
		String closed = page(
				this.mvc.perform(get(detail).with(user(this.tenant.admin()))).andExpect(status().isOk()).andReturn());
		assertThat(closed).contains(english("serviceRequestDetail.closed")).doesNotContain("id=\"reply-form\"");

		String conflict = page(this.mvc
			.perform(post(detail + "/replies").param("body", "Too late").with(user(this.tenant.admin())).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn());
		assertThat(conflict).contains(this.messages.getMessage("serviceRequest.error.closed",
				new Object[] { reference(id) }, Locale.ENGLISH));
		assertThat(replyCount(id)).isEqualTo(1);
	}

	@Test
	void theListIsFilteredByStateAndAMalformedStateIsAClientError() throws Exception {
		open(this.tenant.admin(), "Still open");
		UUID closed = open(this.tenant.admin(), "Already closed");
		this.serviceRequests.close(this.tenant.admin(), this.tenant.customerId(), closed);

		String open = page(this.mvc.perform(get(this.base).param("state", "OPEN").with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(open).contains("Still open").doesNotContain("Already closed");
		this.mvc.perform(get(this.base).param("state", "NOPE").with(user(this.tenant.admin())))
			.andExpect(status().is4xxClientError());
	}

	private MockHttpServletRequestBuilder newRequest(String title, String description, String category,
			String severity) {
		return post(this.base).param("title", title)
			.param("description", description)
			.param("category", category)
			.param("severity", severity)
			.with(csrf());
	}

	private UUID open(PortalUser admin, String title) {
		return this.serviceRequests
			.open(admin, admin.organizationId(),
					new NewServiceRequest(title, "Details of " + title, ServiceRequestCategory.OTHER,
							ServiceRequestSeverity.LOW))
			.id();
	}

	private String reference(UUID id) {
		return "SR-" + this.jdbc.queryForObject("select number from service_request where id = ?", Long.class, id);
	}

	private int requestCount(UUID customerId) {
		return this.jdbc.queryForObject("select count(*) from service_request where customer_id = ?", Integer.class,
				customerId);
	}

	private int replyCount(UUID requestId) {
		return this.jdbc.queryForObject("select count(*) from service_request_reply where request_id = ?",
				Integer.class, requestId);
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	/**
	 * The page as text. A text missing from the bundles would show as {@code ??key??}
	 * (the 403 page shows the delegation module's reason, which is not this module's).
	 */
	private static String page(MvcResult result) throws Exception {
		String page = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		if (result.getResponse().getStatus() != 403) {
			assertThat(page).doesNotContain("??");
		}
		return page;
	}

}
