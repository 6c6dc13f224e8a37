package com.partnerportal.e2e;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
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
 * An operator in real headless Chromium finds a customer, reads its timeline, ends its
 * delegated-admin relationship with a reason (a missing confirmation is answered at its
 * field first), and finds the change in the activity log and the mails in the mail log.
 * axe-core checks every page, in every language. Screenshots go to
 * {@code target/screenshots}. Skipped when Chromium is not installed.
 */
@PortalIntegrationTest
class BackOfficeCustomersBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	Browser browser;

	Tenant tenant;

	String partnerName;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(partnerId).name();
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(seller, TestData.unique("Woodgrove"), true);
		this.browser = Browser.start();
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anOperatorFindsACustomerAndEndsItsDelegatedAdminWithAReason() {
		Browser browser = this.browser;
		browser.signIn(baseUrl(), "admin@operator.example", "demo-password", "/admin");

		browser.open(baseUrl() + "/admin/customers");
		browser.type(By.id("q"), this.tenant.name());
		browser.select(By.id("delegatedAdmin"), "yes");
		browser.click(By.id("customer-search-submit"));
		browser.waitForText(By.id("customer-table"), this.tenant.name());
		browser.screenshot("admin-customers.png");
		browser.click(By.linkText(this.tenant.name()));
		browser.waitForPath("/admin/customers/" + this.tenant.customerId());
		assertThat(browser.text(By.id("timeline-events"))).contains("Delegated admin approved")
			.contains("Trial started");
		assertThat(browser.text(By.id("relationships"))).contains(this.partnerName).contains("Active");
		browser.screenshot("admin-customer-timeline.png");

		browser.click(By.cssSelector("#relationships a[id^=end-relationship-]"));
		browser.waitForUrlMatching("/relationships/[0-9a-f-]{36}/end$");
		browser.click(By.cssSelector("input[name=reason][value=SECURITY_CONCERN]"));
		browser.type(By.id("note"), "Reported by the customer's security team");
		browser.click(By.id("end-relationship-submit"));
		browser.waitForText(By.id("error-summary"), "Confirm that the partner loses access now.");
		browser.screenshot("admin-relationship-end.png");
		browser.click(By.id("confirmed1"));
		browser.click(By.id("end-relationship-submit"));
		browser.waitForPath("/admin/customers/" + this.tenant.customerId());
		assertThat(browser.text(By.cssSelector("#content [role=status]"))).contains("has ended");
		assertThat(browser.text(By.id("relationships"))).contains("Ended by the operator: Security concern");

		browser.click(By.id("customer-activity-link"));
		browser.waitForText(By.id("activity-table"), "Delegated admin ended by the operator");
		browser.open(baseUrl() + "/admin/mail?recipient=" + this.tenant.contactEmail());
		browser.waitForText(By.id("mail-table"), "is no longer your delegated admin");
		browser.checkVisitedPagesInEveryLanguage();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
