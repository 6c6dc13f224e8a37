package com.partnerportal.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.delegation.DelegatedAdminTerms;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestDelegatedAdminTerms;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Granular delegated administration as people do it, in real headless Chromium (replaces
 * the all-or-nothing {@code DelegatedAdminBrowserTest}): a sales agent invites a new
 * customer to a trial and asks for three roles for 90 days; the customer approves two of
 * them; the admin agent adds a user and creates a group, and is refused the mailboxes; on
 * day 83 (the test clock) both sides get the 7-day reminder; the sales agent proposes an
 * extension and the customer accepts the difference (the reminder comes before the
 * extension: after a 90-day extension the 7-day reminder would fall on day 173); at last
 * the customer removes the partner and the agent's next request is refused. axe-core
 * checks every page visited (see {@link Browser}). Screenshots go to
 * {@code target/screenshots}. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class GranularDelegatedAdminBrowserTest {

	static final String ADMIN_PASSWORD = "a-good-password-123";

	private static final Pattern AMENDMENT_PATH = Pattern
		.compile("/customer/partners/delegated-admin/amendments/[0-9a-f-]{36}");

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	MessageSource messages;

	@Autowired
	TestClock clock;

	@Autowired
	DelegatedAdminTerms terms;

	UUID partnerId;

	String partnerName;

	String salesAgent;

	String adminAgent;

	/** The sales agent's, then the customer's browser. */
	Browser browser;

	/** The admin agent's browser: its session stays open. */
	Browser agentBrowser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.salesAgent = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		this.adminAgent = this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT);
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowsers() {
		this.clock.reset();
		try {
			if (this.agentBrowser != null) {
				this.agentBrowser.close();
			}
		}
		finally {
			if (this.browser != null) {
				this.browser.close();
			}
		}
	}

	@Test
	void threeRolesAskedTwoApprovedUsedAndTheThirdRefusedThenAnExtensionAccepted() {
		Browser browser = this.browser;
		String company = TestData.unique("Northwind");
		String email = TestData.uniqueEmail("granular");
		String organization = company + " Ltd";
		String prefix = TestData.unique("gdap").toLowerCase(Locale.ROOT);
		String domain = prefix + ".cloudportal.example";
		String adminSignInName = "admin@" + domain;

		// 1. The sales agent invites a new customer to a trial and asks for three roles
		// for 90 days.
		browser.signIn(baseUrl(), this.salesAgent, TestData.PASSWORD, "/partner");
		browser.click(By.id("new-invitation"));
		browser.waitForPath("/partner/invitations/new");
		browser.click(By.id("offer-BUSINESS_STANDARD"));
		browser.type(By.id("companyName"), company);
		browser.type(By.id("contactName"), "Dana Delegating");
		browser.type(By.id("email"), email);
		browser.select(By.id("language"), "en");
		browser.click(By.id("delegatedAdmin"));
		browser.click(By.id("delegatedRoles-USERS_AND_LICENSES"));
		browser.click(By.id("delegatedRoles-GROUPS"));
		browser.click(By.id("delegatedRoles-MAILBOXES"));
		browser.type(By.id("delegatedDays"), "90");
		browser.click(By.id("send-invitation"));
		browser.waitForUrlMatching("/partner/invitations/[0-9a-f-]{36}$");
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("Sent");

		// 2. The customer opens the mailed link: each requested role with what it
		// allows, the duration and the end date; it approves two of the three.
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		browser.forgetSession();
		browser.open(link);
		browser.visible(By.id("accept-form"));
		assertThat(browser.text(By.id("approvedRoles"))).contains("Users and licenses", "Groups", "Mailboxes",
				"Create and change shared mailboxes", "For 90 days from your approval");
		assertThat(browser.driver().findElements(By.id("approvedRoles-DATA_MIGRATIONS"))).isEmpty();
		browser.type(By.id("organizationName"), organization);
		browser.type(By.id("domainPrefix"), prefix);
		browser.waitForText(By.id("domain-check"), adminSignInName);
		browser.type(By.id("adminName"), "Dana Delegating");
		browser.type(By.id("password"), ADMIN_PASSWORD);
		browser.type(By.id("passwordConfirmation"), ADMIN_PASSWORD);
		browser.click(By.id("approvedRoles-USERS_AND_LICENSES"));
		browser.click(By.id("approvedRoles-GROUPS"));
		browser.screenshot("delegated-admin-approval-roles.png");
		browser.click(By.id("accept"));
		browser.waitForPath("/customer");

		// 3. The admin agent uses the two areas granted and is refused the third.
		this.agentBrowser = Browser.start();
		Browser agent = this.agentBrowser;
		agent.signIn(baseUrl(), this.adminAgent, TestData.PASSWORD, "/partner");
		agent.click(By.cssSelector("#mainNav a[href='/partner/customers']"));
		agent.waitForPath("/partner/customers");
		agent.click(By.xpath("//table[@id='customer-table']//td/a[text()='" + organization + "']"));
		agent.waitForUrlMatching("/partner/customers/[0-9a-f-]{36}$");
		String customerPath = agent.driver().getCurrentUrl().substring(baseUrl().length());
		UUID customerId = UUID.fromString(customerPath.substring(customerPath.lastIndexOf('/') + 1));
		DelegatedAdminView relationship = this.delegatedAdmins.current(customerId).orElseThrow();
		assertThat(relationship.roles()).containsExactlyInAnyOrder(DelegatedRole.USERS_AND_LICENSES,
				DelegatedRole.GROUPS);
		Instant firstEnd = relationship.endsAt();
		assertThat(firstEnd).isEqualTo(relationship.approvedAt().plus(Duration.ofDays(90)));
		assertThat(agent.text(By.id("relationship-roles"))).contains("Users and licenses", "Groups")
			.doesNotContain("Mailboxes");
		agent.click(By.id("administer"));
		String usersPath = "/tenants/" + customerId + "/users";
		agent.waitForPath(usersPath);
		agent.click(By.id("add-user"));
		agent.waitForPath(usersPath + "/new");
		agent.type(By.id("displayName"), "Robin Reyes");
		agent.type(By.id("userName"), "robin.reyes");
		agent.click(By.id("save-user"));
		agent.waitForPath(usersPath);
		assertThat(agent.text(By.cssSelector("#content [role=status]")))
			.contains("User robin.reyes@" + domain + " added.");
		String groupsPath = "/tenants/" + customerId + "/groups";
		agent.open(baseUrl() + groupsPath);
		agent.click(By.id("create-group"));
		agent.waitForPath(groupsPath + "/new");
		agent.type(By.id("name"), "Sales team");
		agent.click(By.id("save-group"));
		agent.waitForUrlMatching(groupsPath + ".*");
		agent.visible(By.xpath("//*[contains(normalize-space(), 'Sales team')]"));
		String refusal = this.messages.getMessage(TenantAccess.DENIED, null, Locale.ENGLISH);
		agent.open(baseUrl() + "/tenants/" + customerId + "/mailboxes");
		assertRefused(agent, refusal);

		// 4. On day 83 both sides get the 7-day reminder (the end-date job run once, as
		// its
		// schedule would on that day).
		String partnerAdmin = this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN);
		Duration toDay83 = Duration.between(this.clock.instant(), relationship.approvedAt().plus(Duration.ofDays(83)));
		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, toDay83);
		String partnerReminder = TestMailServer
			.body(TestMailServer.awaitMail(partnerAdmin, "Your delegated admin of " + organization + " ends on"));
		assertThat(partnerReminder).contains("propose an extension");
		TestMailServer.awaitMail(email, this.partnerName + "’s delegated admin of your tenant ends on");

		// 5. The sales agent proposes an extension from the customer's page.
		browser.forgetSession();
		browser.signIn(baseUrl(), this.salesAgent, TestData.PASSWORD, "/partner");
		browser.open(baseUrl() + customerPath);
		browser.click(By.id("propose-extension"));
		browser.waitForPath(customerPath + "/delegated-admin/amendment");
		assertThat(browser.visible(By.id("extensionDays")).getDomProperty("value")).isEqualTo("90");
		assertThat(browser.visible(By.id("roles-USERS_AND_LICENSES")).isSelected()).isTrue();
		assertThat(browser.visible(By.id("roles-MAILBOXES")).isSelected()).isFalse();
		browser.click(By.id("propose"));
		browser.waitForPath(customerPath);
		assertThat(browser.text(By.id("open-amendment"))).contains("waits for the customer’s answer");

		// 6. The customer follows the mailed link, sees the difference and accepts it.
		String amendmentPath = amendmentPath(TestMailServer.awaitMail(email, "proposes a change"));
		browser.forgetSession();
		browser.signIn(baseUrl(), adminSignInName, ADMIN_PASSWORD, "/customer");
		browser.open(baseUrl() + amendmentPath);
		assertThat(browser.text(By.id("roles-added"))).contains("None");
		assertThat(browser.text(By.id("end-date-change"))).contains("(90 more days)");
		browser.screenshot("delegated-admin-amendment.png");
		browser.click(By.id("accept-amendment"));
		browser.waitForPath("/customer/partners");
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("You accepted the change.");
		assertThat(browser.text(By.id("amendment-history"))).contains("Accepted");
		assertThat(this.delegatedAdmins.current(customerId).orElseThrow().endsAt())
			.isEqualTo(firstEnd.plus(Duration.ofDays(90)));

		// 7. The customer removes the partner; the agent's next request is refused.
		browser.click(By.id("remove-delegated-admin"));
		browser.waitForPath("/customer/partners/delegated-admin/remove");
		browser.click(By.id("confirm-remove"));
		browser.waitForPath("/customer/partners");
		assertThat(browser.text(By.id("no-delegated-admin"))).isEqualTo("No partner administers your tenant.");
		agent.open(baseUrl() + usersPath);
		assertRefused(agent, refusal);
	}

	/**
	 * The 403 page, not the console.
	 */
	private void assertRefused(Browser browser, String refusal) {
		browser.waitForText(By.cssSelector("#content h1"), "Not allowed");
		assertThat(browser.text(By.cssSelector("#content .display-6"))).isEqualTo("403");
		assertThat(browser.text(By.cssSelector("#content p.lead"))).isEqualTo(refusal);
		assertThat(browser.driver().findElements(By.id("on-behalf"))).isEmpty();
	}

	private static String amendmentPath(MimeMessage mail) {
		String text = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = AMENDMENT_PATH.matcher(text);
		assertThat(matcher.find()).as("a link to the amendment in the mail").isTrue();
		return matcher.group();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
