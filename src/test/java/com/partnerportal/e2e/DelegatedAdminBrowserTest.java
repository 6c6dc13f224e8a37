package com.partnerportal.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.tenantadmin.TenantUserView;
import com.partnerportal.tenantadmin.TenantUsers;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delegated administration as people do it, in real headless Chromium: a partner's sales
 * agent invites a new customer to a trial and asks to become its delegated admin, the
 * customer approves while accepting, the partner's admin agent administers the tenant (a
 * user with a license, a mailbox), the customer sees it in its activity and removes the
 * partner, and the agent's very next request in its still-open session is refused. The
 * customer and the agent each have their own browser. Screenshots go to
 * {@code target/screenshots}. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class DelegatedAdminBrowserTest {

	static final String ADMIN_PASSWORD = "a-good-password-123";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TenantUsers tenantUsers;

	@Autowired
	MessageSource messages;

	UUID partnerId;

	String partnerName;

	String salesAgent;

	String adminAgent;

	/**
	 * The sales agent's, then the customer's browser.
	 */
	Browser browser;

	/**
	 * The admin agent's browser: its session stays open while the customer removes the
	 * partner.
	 */
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
	void theCustomerApprovesThePartnerSeesWhatItDidAndRemovesIt() {
		Browser browser = this.browser;
		String company = TestData.unique("Northwind");
		String email = TestData.uniqueEmail("delegating");
		String organization = company + " Ltd";
		String prefix = TestData.unique("dap").toLowerCase(Locale.ROOT);
		String domain = prefix + ".cloudportal.example";
		String adminSignInName = "admin@" + domain;

		// 1. The sales agent invites a new customer to a trial of Business Standard and
		// asks to become its delegated admin.
		browser.signIn(baseUrl(), this.salesAgent, TestData.PASSWORD, "/partner");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Overview");
		browser.click(By.id("new-invitation"));
		browser.waitForPath("/partner/invitations/new");
		browser.visible(By.id("invitation-form"));
		browser.click(By.id("offer-BUSINESS_STANDARD"));
		browser.type(By.id("companyName"), company);
		browser.type(By.id("contactName"), "Dana Delegating");
		browser.type(By.id("email"), email);
		browser.select(By.id("language"), "en");
		assertThat(browser.text(By.cssSelector("label[for=delegatedAdmin]")))
			.isEqualTo("Also ask to become the customer’s delegated admin");
		assertThat(browser.visible(By.id("delegatedAdmin")).isSelected()).isFalse();
		browser.click(By.id("delegatedAdmin"));
		assertThat(browser.visible(By.id("delegatedAdmin")).isSelected()).isTrue();
		browser.click(By.id("send-invitation"));
		browser.waitForUrlMatching("/partner/invitations/[0-9a-f-]{36}$");
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("The invitation was sent.");
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("Sent");

		// 2. The customer opens the mailed link in a new session: the request is
		// explained, and approving it is a separate choice.
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		assertThat(link).startsWith(baseUrl() + "/invitations/");
		browser.forgetSession();
		browser.open(link);
		browser.visible(By.id("accept-form"));
		assertThat(browser.text(By.cssSelector("#delegated-admin-explanation h2")))
			.isEqualTo(this.partnerName + " asks for delegated administration");
		assertThat(browser.text(By.id("delegated-admin-explanation"))).contains(
				"users and their licenses, groups, mailboxes, data migration and service requests",
				"you can remove the partner at any time on your Partners page");
		assertThat(browser.driver().findElements(By.id("replaces-partner"))).isEmpty();
		assertThat(browser.text(By.cssSelector("label[for=approveDelegatedAdmin]")))
			.isEqualTo("Also approve " + this.partnerName + " as our delegated admin");
		assertThat(browser.visible(By.id("approveDelegatedAdmin")).isSelected()).isFalse();
		browser.screenshot("delegated-admin-approval.png");

		browser.type(By.id("organizationName"), organization);
		browser.type(By.id("domainPrefix"), prefix);
		browser.waitForText(By.id("domain-check"), adminSignInName);
		browser.type(By.id("adminName"), "Dana Delegating");
		browser.type(By.id("password"), ADMIN_PASSWORD);
		browser.type(By.id("passwordConfirmation"), ADMIN_PASSWORD);
		browser.click(By.id("approveDelegatedAdmin"));
		assertThat(browser.visible(By.id("approveDelegatedAdmin")).isSelected()).isTrue();
		browser.click(By.id("accept"));
		browser.waitForPath("/customer");
		assertThat(browser.text(By.id("tenant-name"))).isEqualTo(organization);
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains(adminSignInName);

		// 3. The admin agent, in its own browser, administers the customer's tenant.
		this.agentBrowser = Browser.start();
		Browser agent = this.agentBrowser;
		agent.signIn(baseUrl(), this.adminAgent, TestData.PASSWORD, "/partner");
		agent.click(By.cssSelector("#mainNav a[href='/partner/customers']"));
		agent.waitForPath("/partner/customers");
		agent.click(By.xpath("//table[@id='customer-table']//td/a[text()='" + organization + "']"));
		agent.waitForUrlMatching("/partner/customers/[0-9a-f-]{36}$");
		String customerPath = agent.driver().getCurrentUrl().substring(baseUrl().length());
		UUID customerId = UUID.fromString(customerPath.substring(customerPath.lastIndexOf('/') + 1));
		assertThat(this.delegatedAdmins.holdsActive(this.partnerId, customerId)).isTrue();
		assertThat(agent.text(By.id("delegation-status")))
			.contains("Your organization is the delegated admin of this customer.");
		agent.click(By.id("administer"));

		String usersPath = "/tenants/" + customerId + "/users";
		agent.waitForPath(usersPath);
		assertThat(agent.text(By.id("console-tenant"))).isEqualTo(organization);
		assertThat(agent.text(By.id("on-behalf"))).isEqualTo("Acting on the customer’s behalf");
		assertThat(agent.text(By.cssSelector("#content article"))).contains("No users yet.");

		// A user with one Business Standard license.
		String displayName = "Robin Reyes";
		String userName = "robin.reyes";
		String address = userName + "@" + domain;
		UUID businessStandard = subscriptionOf(customerId, "BUSINESS_STANDARD").id();
		agent.click(By.id("add-user"));
		agent.waitForPath(usersPath + "/new");
		agent.visible(By.id("user-form"));
		agent.type(By.id("displayName"), displayName);
		agent.type(By.id("userName"), userName);
		List<WebElement> licenseBoxes = agent.driver().findElements(By.name("subscriptionIds"));
		assertThat(licenseBoxes).hasSize(1);
		assertThat(agent.text(By.cssSelector("label[for='license-" + businessStandard + "'] strong")))
			.isEqualTo("Business Standard");
		agent.click(By.id("license-" + businessStandard));
		assertThat(agent.visible(By.id("license-" + businessStandard)).isSelected()).isTrue();
		agent.click(By.id("save-user"));
		agent.waitForPath(usersPath);
		assertThat(agent.text(By.cssSelector("#content [role=status]"))).contains("User " + address + " added.");
		assertUserListed(agent, userName, displayName, address);

		// Its mailbox.
		agent.click(By.cssSelector("nav .list-group a[href='/tenants/" + customerId + "/mailboxes']"));
		String mailboxesPath = "/tenants/" + customerId + "/mailboxes";
		agent.waitForPath(mailboxesPath);
		assertThat(agent.text(By.id("on-behalf"))).isEqualTo("Acting on the customer’s behalf");
		agent.click(By.id("create-mailbox"));
		agent.waitForPath(mailboxesPath + "/new");
		agent.visible(By.id("mailbox-form"));
		WebElement userChoice = agent.clickable(By.id("userId"));
		agent.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'})",
				userChoice);
		new Select(userChoice).selectByVisibleText(displayName + " (" + address + ")");
		agent.type(By.id("localPart"), userName);
		agent.type(By.id("sizeGb"), "25");
		agent.click(By.id("save-mailbox"));
		agent.waitForPath(mailboxesPath);
		assertThat(agent.text(By.cssSelector("#content [role=status]"))).contains("Mailbox " + address + " set up.");
		WebElement mailbox = agent
			.visible(By.xpath("//table[@id='mailbox-table']//tr[td[normalize-space()='" + address + "']]"));
		assertThat(cell(mailbox, 2)).isEqualTo(displayName);
		assertThat(cell(mailbox, 3)).isEqualTo("25 GB");

		// The console's users page, with the user and its license.
		agent.click(By.cssSelector("nav .list-group a[href='" + usersPath + "']"));
		agent.waitForPath(usersPath);
		assertUserListed(agent, userName, displayName, address);
		agent.visible(By.id("on-behalf"));
		agent.screenshot("administer-console.png");

		// The agent starts on another user and leaves the form open.
		agent.click(By.id("add-user"));
		agent.waitForPath(usersPath + "/new");
		agent.type(By.id("displayName"), "Too Late");
		agent.type(By.id("userName"), "too.late");

		// 4. The customer signs in again and sees what the partner did in its tenant.
		browser.forgetSession();
		browser.signIn(baseUrl(), adminSignInName, ADMIN_PASSWORD, "/customer");
		browser.click(By.cssSelector("#mainNav a[href='/customer/activity']"));
		browser.waitForPath("/customer/activity");
		// The activity log records after the change's transaction: reload until it has.
		WebElement userAdded = activityRow(browser, "User added", address);
		WebElement mailboxSetUp = activityRow(browser, "Mailbox set up", address);
		for (WebElement row : List.of(userAdded, mailboxSetUp)) {
			assertThat(cell(row, 2)).isEqualTo(this.partnerName);
			assertThat(cell(row, 3)).isEqualTo(this.adminAgent);
		}
		browser.visible(By.id("export-csv"));

		browser.click(By.cssSelector("#mainNav a[href='/customer/partners']"));
		browser.waitForPath("/customer/partners");
		assertThat(browser.text(By.id("delegated-admin-name"))).isEqualTo(this.partnerName);
		assertThat(browser.text(By.id("delegated-admin"))).contains("approved by " + adminSignInName);
		browser.visible(By.id("remove-delegated-admin"));
		browser.screenshot("customer-partners.png");

		browser.click(By.id("remove-delegated-admin"));
		browser.waitForPath("/customer/partners/delegated-admin/remove");
		assertThat(browser.text(By.cssSelector("#content .portal-card"))).contains(this.partnerName);
		browser.click(By.id("confirm-remove"));
		browser.waitForPath("/customer/partners");
		assertThat(browser.text(By.cssSelector("#content [role=status]")))
			.contains("The partner no longer administers your tenant.");
		assertThat(browser.text(By.id("no-delegated-admin"))).isEqualTo("No partner administers your tenant.");
		assertThat(browser.driver().findElements(By.id("delegated-admin-name"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("remove-delegated-admin"))).isEmpty();
		assertThat(browser.text(By.id("delegated-admin-history"))).contains(this.partnerName);

		// 5. The agent's very next request, in its still-open session, is refused: the
		// form it had open, then the console's users page.
		String refusal = this.messages.getMessage(TenantAccess.DENIED, null, Locale.ENGLISH);
		assertThat(refusal).isNotBlank().isNotEqualTo(TenantAccess.DENIED);
		agent.click(By.id("save-user"));
		assertRefused(agent, refusal);
		assertThat(usersOf(customerId)).extracting(TenantUserView::userName).containsExactly(userName);

		agent.open(baseUrl() + usersPath);
		agent.waitForPath(usersPath);
		assertRefused(agent, refusal);
	}

	private void assertUserListed(Browser browser, String userName, String displayName, String address) {
		WebElement row = browser.visible(By.cssSelector("#user-table tbody tr[data-user='" + userName + "']"));
		assertThat(cell(row, 1)).isEqualTo(displayName);
		assertThat(cell(row, 2)).isEqualTo(address);
		assertThat(cell(row, 3)).isEqualTo("Business Standard");
	}

	/**
	 * The 403 page, not the console: the localized refusal and no trace of the tenant.
	 */
	private void assertRefused(Browser browser, String refusal) {
		browser.waitForText(By.cssSelector("#content h1"), "Not allowed");
		assertThat(browser.text(By.cssSelector("#content .display-6"))).isEqualTo("403");
		assertThat(browser.text(By.cssSelector("#content p.lead"))).isEqualTo(refusal);
		assertThat(browser.driver().findElements(By.id("on-behalf"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("console-tenant"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("user-table"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("user-form"))).isEmpty();
	}

	/**
	 * The row of the customer's activity table with this action and target, reloading the
	 * page until it is there.
	 */
	private WebElement activityRow(Browser browser, String action, String target) {
		By row = By.xpath("//table[@id='customer-activity-table']/tbody/tr[td[4][normalize-space()='" + action
				+ "'] and td[5][normalize-space()='" + target + "']]");
		return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(200))
			.until((driver) -> {
				List<WebElement> found = driver.findElements(row);
				if (!found.isEmpty()) {
					return found.get(0);
				}
				driver.navigate().refresh();
				return null;
			});
	}

	private SubscriptionView subscriptionOf(UUID customerId, String offerCode) {
		List<SubscriptionView> found = this.customerSubscriptions.subscriptions(customerId)
			.stream()
			.filter((s) -> s.offerCode().equals(offerCode))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private List<TenantUserView> usersOf(UUID customerId) {
		return this.tenantUsers.list(customerId, PageRequest.of(0, 20)).getContent();
	}

	private static String cell(WebElement row, int column) {
		return row.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText().trim();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
