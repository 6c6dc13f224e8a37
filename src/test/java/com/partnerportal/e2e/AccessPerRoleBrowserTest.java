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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access per role, clicked through: a partner admin limits an admin agent to one
 * customer; the agent sees only that customer, and in its console only what the roles the
 * customer granted allow (groups to change, the rest to look at); the customer sees on
 * its activity page the role the agent's change used. axe-core checks every page.
 */
@PortalIntegrationTest
class AccessPerRoleBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.browser = Browser.start();
	}

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anAgentLimitedToOneCustomerActsThereByTheRolesGranted() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String partnerAdmin = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN);
		String agentName = this.testData.user(partnerId, PartnerRole.ADMIN_AGENT);
		PortalUser agent = this.testData.principal(this.partners, agentName);
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		Tenant contoso = this.tenants.acceptedTrial(sales, TestData.unique("Contoso"), true, "BUSINESS_STANDARD");
		Tenant fabrikam = this.tenants.acceptedTrial(sales, TestData.unique("Fabrikam"), true, "BUSINESS_STANDARD");
		this.jdbc.update(
				"update delegated_admin set roles = 'GROUPS,READ_ONLY' where customer_id = ? and state = 'ACTIVE'",
				contoso.customerId());
		Browser browser = this.browser;

		// 1. The partner admin limits the agent to Contoso.
		browser.signIn(baseUrl(), partnerAdmin, TestData.PASSWORD, "/partner");
		browser.open(baseUrl() + "/partner/team/" + agent.accountId());
		browser.click(By.cssSelector("#customer-limits a"));
		browser.waitForPath("/partner/team/" + agent.accountId() + "/customers");
		assertThat(browser.text(By.id("limits-state"))).contains("acts for every customer");
		browser.type(By.id("q"), contoso.name());
		browser.click(By.cssSelector("form[role=search] button[type=submit]"));
		browser.waitForText(By.id("limits-form"), contoso.name());
		browser.click(By.id("customer-0"));
		browser.click(By.id("save-limits"));
		browser.waitForText(By.cssSelector("#content [role=status]"), "are saved");
		assertThat(browser.text(By.id("limits-state"))).contains("only for the customers chosen");
		browser.screenshot("agent-customer-limits.png");

		// 2. The agent sees Contoso only, and its console by the roles granted.
		browser.forgetSession();
		browser.signIn(baseUrl(), agentName, TestData.PASSWORD, "/partner");
		browser.open(baseUrl() + "/partner/customers");
		assertThat(browser.text(By.id("customer-table"))).contains(contoso.name()).doesNotContain(fabrikam.name());
		browser.click(By.xpath("//table[@id='customer-table']//td/a[text()='" + contoso.name() + "']"));
		browser.click(By.id("administer"));
		browser.waitForPath("/tenants/" + contoso.customerId() + "/users");
		assertThat(browser.text(By.id("look-only"))).contains("not change anything");
		assertThat(browser.driver().findElements(By.id("add-user"))).isEmpty();
		browser.click(By.cssSelector("nav a[href='/tenants/" + contoso.customerId() + "/groups']"));
		browser.waitForPath("/tenants/" + contoso.customerId() + "/groups");
		assertThat(browser.driver().findElements(By.id("look-only"))).isEmpty();
		browser.click(By.id("create-group"));
		browser.type(By.id("name"), "Field sales");
		browser.click(By.id("save-group"));
		browser.waitForText(By.cssSelector("#content [role=status]"), "Group created.");

		// 3. The customer sees the role the agent's change used.
		browser.forgetSession();
		browser.signIn(baseUrl(), contoso.admin().getUsername(), "a-good-password", "/customer");
		browser.open(baseUrl() + "/customer/activity");
		browser.waitForText(By.id("customer-activity-table"), "via role: Groups");
		browser.screenshot("customer-activity-via-role.png");
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
