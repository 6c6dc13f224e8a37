package com.partnerportal.e2e;

import java.util.List;
import java.util.UUID;

import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trial-invitation loop as people do it, in a real headless Chromium: the partner
 * signs in and sends the invitation, the customer opens the mailed link (from the real
 * SMTP server) and accepts, and the partner sees the outcome. Screenshots of the main
 * pages go to {@code target/screenshots}. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class TrialInvitationBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	UUID partnerId;

	String partnerName;

	String partnerUser;

	Browser browser;

	@BeforeEach
	void setUp() {
		// Each test is reported as skipped (not silently absent) without Chromium.
		Browser.assumeInstalled();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.partnerUser = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void partnerInvitesCustomerAcceptsAndPartnerSeesTheOutcome() {
		Browser browser = this.browser;

		// 1. The partner signs in and lands on the overview.
		this.browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Overview");
		browser.visible(By.id("count-SENT"));
		browser.screenshot("partner-overview.png");

		// 2. The partner fills in and sends a new trial invitation.
		browser.click(By.id("new-invitation"));
		browser.waitForPath("/partner/invitations/new");
		browser.visible(By.id("invitation-form"));
		browser.click(By.id("offer-BUSINESS_STANDARD"));
		browser.click(By.id("offer-MAIL_PLAN_1"));
		String company = TestData.unique("Contoso");
		String email = TestData.uniqueEmail("customer");
		browser.type(By.id("companyName"), company);
		browser.type(By.id("contactName"), "Casey Contact");
		browser.type(By.id("email"), email);
		new Select(browser.visible(By.id("language"))).selectByValue("en");
		browser.type(By.id("personalMessage"), "Welcome aboard! Try the services for a month.");
		assertThat(browser.visible(By.id("offer-BUSINESS_STANDARD")).isSelected()).isTrue();
		assertThat(browser.visible(By.id("offer-MAIL_PLAN_1")).isSelected()).isTrue();
		browser.screenshot("new-invitation.png");
		browser.click(By.id("send-invitation"));

		browser.waitForUrlMatching("/partner/invitations/[0-9a-f-]{36}$");
		String invitationUrl = browser.driver().getCurrentUrl();
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("Sent");
		assertThat(browser.text(By.tagName("h1"))).contains(company);
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("The invitation was sent.");
		browser.screenshot("invitation-sent.png");

		// 3. The customer opens the link of the mail in a new session and accepts.
		MimeMessage mail = TestMailServer.awaitMail(email, "");
		String link = TestMailServer.invitationLink(mail);
		assertThat(link).startsWith(baseUrl() + "/invitations/");
		browser.forgetSession();
		browser.open(link);
		browser.visible(By.id("accept-form"));
		assertThat(browser.text(By.tagName("h1"))).contains(this.partnerName);
		browser.screenshot("acceptance.png");
		List<String> offers = browser.driver()
			.findElements(By.cssSelector("#offer-list li strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(offers).containsExactlyInAnyOrder("Business Standard", "Mail Plan 1");
		assertThat(browser.visible(By.id("organizationName")).getDomProperty("value")).isEqualTo(company);

		String organization = company + " Ltd";
		String prefix = TestData.unique("e2e").toLowerCase();
		browser.type(By.id("organizationName"), organization);
		browser.type(By.id("domainPrefix"), prefix);
		// htmx asks the portal whether the prefix is free while typing.
		browser.waitForText(By.id("domain-check"), "admin@" + prefix + ".cloudportal.example");
		browser.type(By.id("adminName"), "Ann Admin");
		browser.type(By.id("password"), "a-good-password-123");
		browser.type(By.id("passwordConfirmation"), "a-good-password-123");
		browser.screenshot("acceptance-filled.png");
		browser.click(By.id("accept"));

		// 4. The customer's new tenant, signed in as its first admin.
		browser.waitForPath("/customer");
		assertThat(browser.text(By.id("tenant-name"))).isEqualTo(organization);
		assertThat(browser.text(By.id("tenant-domain"))).startsWith(prefix).endsWith(".cloudportal.example");
		assertThat(browser.text(By.id("invited-by"))).isEqualTo(this.partnerName);
		assertThat(browser.text(By.cssSelector("#content [role=status]")))
			.contains("admin@" + prefix + ".cloudportal.example");
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("#subscription-table tbody tr"));
		assertThat(rows).hasSize(2);
		assertThat(rows).extracting((row) -> row.findElement(By.cssSelector("td:nth-child(1)")).getText().trim())
			.containsExactlyInAnyOrder("Business Standard", "Mail Plan 1");
		assertThat(rows).extracting((row) -> row.findElement(By.cssSelector("td:nth-child(2)")).getText().trim())
			.containsOnly("Trial");
		browser.screenshot("customer-home.png");

		// 5. The partner signs in again and sees the invitation accepted and the
		// customer.
		browser.forgetSession();
		this.browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		assertThat(this.browser.text(By.tagName("h1"))).isEqualTo("Overview");
		assertThat(Integer.parseInt(browser.text(By.cssSelector("#count-ACCEPTED .stat-value"))))
			.isGreaterThanOrEqualTo(1);
		assertThat(Integer.parseInt(browser.text(By.id("customer-count")))).isGreaterThanOrEqualTo(1);
		browser.screenshot("partner-overview-after.png");

		// "Invitations" in the menu lists the trial invitations (purchase offers have
		// their own entry).
		browser.click(By.cssSelector("#mainNav a[href='/partner/invitations?kind=TRIAL']"));
		browser.waitForPath("/partner/invitations");
		WebElement row = browser
			.visible(By.xpath("//table[@id='invitation-table']//tr[td/a[text()='" + company + "']]"));
		assertThat(row.findElement(By.cssSelector(".state-badge")).getText().trim()).isEqualTo("Accepted");
		browser.click(row.findElement(By.linkText(company)));
		browser.waitForPath(invitationUrl.substring(baseUrl().length()));
		assertThat(browser.text(By.id("invitation-state"))).isEqualTo("Accepted");
		browser.visible(By.id("customer-link"));
		browser.screenshot("invitation-accepted.png");

		browser.click(By.cssSelector("#mainNav a[href='/partner/customers']"));
		browser.waitForPath("/partner/customers");
		WebElement customer = browser
			.visible(By.xpath("//table[@id='customer-table']//tr[td/a[text()='" + organization + "']]"));
		assertThat(customer.getText()).contains(prefix + ".cloudportal.example");
		browser.screenshot("partner-customers.png");
	}

	@Test
	void aUsedLinkShowsItWasAcceptedAndAnUnknownLinkSaysSo() {
		String email = TestData.uniqueEmail("customer");
		this.invitations.send(this.testData.principal(this.partners, this.partnerUser), new NewTrialInvitation(null,
				"Reopened Ltd", "Casey Contact", email, "en", null, List.of("MAIL_PLAN_1"), false, null, null));
		// Sent outside a request, the mail's link has the default address: keep its
		// token and open it on this server.
		String link = TestMailServer.invitationLink(TestMailServer.awaitMail(email, ""));
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(
				this.acceptance.accept(token, null,
						new CustomerChoices(new NewTenantDetails("Reopened Ltd", TestData.unique("used").toLowerCase(),
								"Ann Admin", "a-good-password-123"), false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);

		this.browser.open(baseUrl() + "/invitations/" + token);
		this.browser.waitForAttribute(By.id("closed-state"), "data-state", "ACCEPTED");
		assertThat(this.browser.text(By.cssSelector("#closed-state h1"))).contains("already been accepted");
		this.browser.screenshot("link-already-accepted.png");

		this.browser.open(baseUrl() + "/invitations/" + "A".repeat(43));
		assertThat(this.browser.text(By.cssSelector("#unknown-link h1"))).isEqualTo("This link is not valid");
		this.browser.screenshot("unknown-link.png");
	}

	@Test
	void theLanguageSwitcherChangesThePageLanguage() {
		this.browser.open(baseUrl() + "/login");
		this.browser.waitForAttribute(By.tagName("html"), "lang", "en");
		this.browser.click(By.id("languageMenu"));
		this.browser.click(By.cssSelector(".dropdown-menu a[lang='ja']"));
		this.browser.waitForAttribute(By.tagName("html"), "lang", "ja");
		assertThat(this.browser.driver().getCurrentUrl()).contains("lang=ja");
		assertThat(this.browser.text(By.id("languageMenu"))).isEqualTo("日本語");
		this.browser.screenshot("login-ja.png");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
