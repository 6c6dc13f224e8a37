package com.partnerportal.support.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the support queue's browser test checked besides the operator's walkthrough
 * ({@code e2e.OperatorWalkthroughBrowserTest}, where a back-office admin answers): a
 * support agent takes a critical request and answers it within its SLA, the request page
 * says so, and the customer reads the answer, from the support team, on its own page.
 */
@PortalIntegrationTest
class SupportAgentAnswerWebTest {

	private static final String ANSWER = "We reset the sign-in policy. Please try again.";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSupportAgentAnswersACriticalRequestWithinItsSlaAndTheCustomerReadsIt() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID requestId = this.serviceRequests
			.open(tenant.admin(), tenant.customerId(),
					new NewServiceRequest(TestData.unique("Nobody can sign in"),
							"Since 9:00 nobody at our company can sign in.", ServiceRequestCategory.ACCOUNT,
							ServiceRequestSeverity.CRITICAL))
			.id();
		String email = TestData.uniqueEmail("agent");
		this.backOffice.create(email, "Sven Support", TestData.PASSWORD, "en", BackOfficeRole.SUPPORT_AGENT);
		PortalUser agent = this.backOffice.findForSignIn(email).orElseThrow();
		String requestPage = "/admin/support/" + requestId;

		this.mvc
			.perform(post(requestPage + "/assignment").param("assignee", agent.accountId().toString())
				.param("version", version(requestId))
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(requestPage));
		this.mvc
			.perform(post(requestPage + "/answer").param("body", ANSWER)
				.param("next", "WAITING_FOR_CUSTOMER")
				.param("version", version(requestId))
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(requestPage));

		assertThat(page(this.mvc.perform(get(requestPage).with(user(agent))).andExpect(status().isOk()).andReturn()))
			.contains("Sven Support", "Waiting for the customer", "Met", ANSWER);
		String customersPage = "/tenants/" + tenant.customerId() + "/service-requests/" + requestId;
		assertThat(page(
				this.mvc.perform(get(customersPage).with(user(tenant.admin()))).andExpect(status().isOk()).andReturn()))
			.contains("Waiting for the customer", ANSWER, "Support team");
	}

	private String version(UUID requestId) {
		return Long.toString(
				this.jdbc.queryForObject("select version from service_request where id = ?", Long.class, requestId));
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
