package com.partnerportal.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility in a real browser (issue 7, items 22 to 26): axe-core itself, rejected
 * forms and their error summary in every language, and narrow screens. Every page visited
 * here is also checked by axe-core through {@link Browser}.
 */
@PortalIntegrationTest
class AccessibilityBrowserTest {

	private static final String BACK_OFFICE_ADMIN = "admin@operator.example";

	private static final String DEMO_PASSWORD = "demo-password";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	TestTenants tenants;

	String partnerUser;

	Browser browser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerUser = this.testData.user(partnerId, PartnerRole.SALES_AGENT, PartnerRole.PARTNER_ADMIN);
		this.browser = Browser.start();
	}

	@AfterEach
	void quitBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void axeCoreRunsFromTheJarAndReportsSeriousViolations() {
		this.browser.open(baseUrl() + "/login");
		assertThat(this.browser.checkedPages()).isPositive();
		assertThat(this.browser.violations()).isEmpty();
		// Bootstrap's own colours on the old page background (4.19 to 4.37:1), and a
		// text field without a name: axe-core reports both as serious or critical.
		this.browser.script("document.body.style.background = '#f6f7f9';"
				+ " const p = document.createElement('p'); p.textContent = 'Muted text';"
				+ " p.style.color = '#6c757d'; p.style.background = '#f6f7f9'; document.querySelector('main').append(p);"
				+ " const input = document.createElement('input'); input.type = 'text';"
				+ " document.querySelector('main').append(input);");
		List<String> violations = this.browser.violations();
		assertThat(violations).anyMatch((line) -> line.contains("color-contrast"))
			.anyMatch((line) -> line.contains("label"));
	}

	@Test
	void aRejectedFormLeadsToItsFieldsInEveryLanguage() {
		Browser browser = this.browser;
		browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		Map<String, String> errorPrefix = Map.of("en", "Error: ", "ja", "エラー: ", "ko", "오류: ");
		for (String language : Browser.LANGUAGES) {
			browser.open(baseUrl() + "/partner/invitations/new?lang=" + language);
			assertThat(browser.driver().getTitle()).doesNotStartWith(errorPrefix.get(language));
			browser.click(By.id("send-invitation"));
			WebElement summary = browser.visible(By.id("error-summary"));
			assertThat(browser.driver().getTitle()).startsWith(errorPrefix.get(language));
			// the summary has the focus, and each of its links leads to its field
			assertThat(browser.script("return document.activeElement.id")).isEqualTo("error-summary");
			List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
			assertThat(links).isNotEmpty();
			browser.click(summary.findElement(By.cssSelector("a[href='#offerCodes']")));
			assertThat(browser.script("return document.activeElement.name")).isEqualTo("offerCodes");
			browser.click(summary.findElement(By.cssSelector("a[href='#companyName']")));
			assertThat(browser.script("return document.activeElement.id")).isEqualTo("companyName");
			assertThat(browser.visible(By.id("companyName")).getDomAttribute("aria-invalid")).isEqualTo("true");
			browser.screenshot("invitation-form-errors-" + language + ".png");
		}
		browser.open(baseUrl() + "/partner?lang=en");
	}

	@Test
	void narrowScreensNeedNoSidewaysScrolling() {
		Browser browser = this.browser;
		Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD", "MAIL_PLAN_1");

		// The partner's overview at 320 px: the button row wraps.
		browser.signIn(baseUrl(), this.partnerUser, TestData.PASSWORD, "/partner");
		browser.viewportWidth(320);
		browser.open(baseUrl() + "/partner");
		browser.visible(By.id("new-offer"));
		assertThat(browser.horizontalOverflow()).as("overview at 320 px").isLessThanOrEqualTo(0);

		// The customer's Partners page at 320 px: the Partner of Record table stacks, its
		// form is in reach without scrolling a table sideways.
		browser.resetViewport();
		browser.forgetSession();
		browser.signIn(baseUrl(), tenant.admin().getUsername(), "a-good-password", "/customer");
		browser.viewportWidth(320);
		browser.open(baseUrl() + "/customer/partners");
		WebElement field = browser.visible(By.id("por-" + tenant.subscriptions().get(0).id()));
		assertThat(browser.horizontalOverflow()).as("Partners page at 320 px").isLessThanOrEqualTo(0);
		Number right = (Number) browser.script("return arguments[0].getBoundingClientRect().right", field);
		assertThat(right.doubleValue()).as("Partner of Record field inside the viewport").isLessThanOrEqualTo(320);

		// The back office's mail detail at 375 px, and the activity table's scrolling
		// region, which the keyboard reaches.
		browser.resetViewport();
		browser.forgetSession();
		browser.signIn(baseUrl(), BACK_OFFICE_ADMIN, DEMO_PASSWORD, "/admin");
		browser.open(baseUrl() + "/admin/mail");
		String mailDetail = browser.visible(By.cssSelector("#content table a[href*='/admin/mail/']"))
			.getDomProperty("href");
		browser.viewportWidth(375);
		browser.open(mailDetail);
		browser.visible(By.id("mail-state"));
		assertThat(browser.horizontalOverflow()).as("mail detail at 375 px").isLessThanOrEqualTo(0);

		browser.viewportWidth(320);
		browser.open(baseUrl() + "/admin/activity");
		WebElement region = browser.visible(By.cssSelector("[role=region]:has(> #activity-table)"));
		assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
		assertThat(region.getDomAttribute("aria-label")).isNotBlank();
		browser.script("arguments[0].focus()", region);
		assertThat(browser.script("return document.activeElement === arguments[0]", region)).isEqualTo(true);
		assertThat(browser.horizontalOverflow()).as("activity at 320 px").isLessThanOrEqualTo(0);
		browser.resetViewport();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
