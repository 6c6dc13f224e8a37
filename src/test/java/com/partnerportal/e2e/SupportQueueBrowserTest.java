package com.partnerportal.e2e;

import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.support.NewServiceRequest;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestView;
import com.partnerportal.support.ServiceRequests;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support queue as a support agent uses it, in real headless Chromium: a customer's
 * critical request is in the queue, on track; the agent filters the queue, opens the
 * request, takes it, answers within its SLA (which is then met), and the customer reads
 * the answer on its own page. Screenshots go to {@code target/screenshots}. Skipped when
 * Chromium is not installed.
 */
@PortalIntegrationTest
class SupportQueueBrowserTest {

	@LocalServerPort
	int port;

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

	Browser browser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aSupportAgentAnswersACriticalRequestWithinItsSlaAndTheCustomerReadsIt() {
		Tenant tenant = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions)
			.acceptedTrial();
		String title = TestData.unique("Nobody can sign in");
		ServiceRequestView opened = this.serviceRequests.open(tenant.admin(), tenant.customerId(),
				new NewServiceRequest(title, "Since 9:00 nobody at our company can sign in.",
						ServiceRequestCategory.ACCOUNT, ServiceRequestSeverity.CRITICAL));
		String agent = TestData.uniqueEmail("agent");
		this.backOffice.create(agent, "Sven Support", TestData.PASSWORD, "en", BackOfficeRole.SUPPORT_AGENT);
		Browser browser = this.browser;

		// 1. The agent filters the queue: critical requests, newest first.
		browser.signIn(baseUrl(), agent, TestData.PASSWORD, "/admin");
		browser.click(By.cssSelector("a[href='/admin/support']"));
		browser.waitForPath("/admin/support");
		browser.select(By.id("severity"), "CRITICAL");
		browser.select(By.id("sort"), "openedAt,desc");
		browser.click(By.cssSelector("#queue-filter button[type=submit]"));
		browser.waitForUrlMatching("severity=CRITICAL");
		String row = "#support-queue tr[data-reference='" + opened.reference() + "']";
		assertThat(browser.text(By.cssSelector(row))).contains(title, "Critical", "On track");
		browser.screenshot("support-queue.png");

		// 2. It opens the request, takes it, and answers: the request waits for the
		// customer, and the first-response SLA is met.
		browser.click(By.cssSelector(row + " a"));
		browser.waitForPath("/admin/support/" + opened.id());
		browser.select(By.id("assignee"), selectValueOf(agent));
		browser.click(By.id("assign"));
		browser.waitForText(By.id("service-request-assignee"), "Sven Support");
		browser.checkAccessibility();
		browser.type(By.id("body"), "We reset the sign-in policy. Please try again.");
		browser.select(By.id("next"), "WAITING_FOR_CUSTOMER");
		browser.click(By.id("send-answer"));
		browser.waitForText(By.cssSelector("#content [role=status]"), "Your answer was sent.");
		browser.checkAccessibility();
		assertThat(browser.text(By.id("service-request-state"))).isEqualTo("Waiting for the customer");
		assertThat(browser.text(By.id("service-request-sla"))).contains("Met");
		assertThat(browser.text(By.id("conversation"))).contains("We reset the sign-in policy. Please try again.");
		browser.screenshot("support-request-answered.png");

		// 3. The customer reads the answer on its own page.
		browser.forgetSession();
		browser.signIn(baseUrl(), tenant.admin().getUsername(), "a-good-password", "/customer");
		String page = "/tenants/" + tenant.customerId() + "/service-requests/" + opened.id();
		browser.open(baseUrl() + page);
		browser.waitForPath(page);
		assertThat(browser.text(By.id("service-request-state"))).isEqualTo("Waiting for the customer");
		assertThat(browser.text(By.id("conversation"))).contains("We reset the sign-in policy. Please try again.",
				"Support team");
		browser.checkVisitedPagesInEveryLanguage();
	}

	/** The assignee option of a back-office user: its id. */
	private String selectValueOf(String email) {
		UUID id = this.backOffice.findForSignIn(email).orElseThrow().accountId();
		return id.toString();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
