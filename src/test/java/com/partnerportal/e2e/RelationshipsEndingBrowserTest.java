package com.partnerportal.e2e;

import java.time.Duration;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestDelegatedAdminTerms;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator finds the delegated-admin relationships ending within 30 days from the
 * back office's home: the count opens the list, soonest first, with each relationship's
 * roles and whether it extends itself; axe-core checks both pages in every language.
 */
@PortalIntegrationTest
class RelationshipsEndingBrowserTest {

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

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

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
	void theOperatorOpensTheRelationshipsEndingSoonFromTheHome() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		Tenant tenant = this.tenants.acceptedTrial(this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT)), true);
		UUID relationshipId = this.delegatedAdmins.current(tenant.customerId()).orElseThrow().id();
		TestDelegatedAdminTerms.endsAt(this.jdbc, relationshipId, this.clock.instant().plus(Duration.ofDays(12)), true);

		Browser browser = this.browser;
		browser.signIn(baseUrl(), BACK_OFFICE_ADMIN, DEMO_PASSWORD, "/admin");
		browser.open(baseUrl() + "/admin?lang=en");
		WebElement card = browser.visible(By.cssSelector("a[href='/admin/relationships/ending']"));
		assertThat(card.getText()).contains("Delegated-admin relationships ending within 30 days");
		browser.click(card);
		browser.waitForPath("/admin/relationships/ending");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo("Delegated admin ending within 30 days");

		browser.open(baseUrl() + "/admin/relationships/ending?size=100");
		WebElement row = browser.visible(By.id("relationship-ending-" + relationshipId));
		assertThat(row.getText()).contains(tenant.name())
			.contains("Users and licenses")
			.contains("Read-only")
			.contains("Extended by 180 days");
		browser.screenshot("relationships-ending.png");
		browser.checkVisitedPagesInEveryLanguage();
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
