package com.partnerportal.e2e;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's operator flow in real headless Chromium: the operator finds a partner,
 * freezes its sales with a reason (the partner's invitation form says why it is
 * disabled), and reinstates it; the operator publishes a new version of the Partner
 * Agreement and the partner's admin reads it and accepts it. Skipped when Chromium is not
 * installed.
 */
@PortalIntegrationTest
class PartnerStandingBrowserTest {

	private static final String OPERATOR = "admin@operator.example";

	private static final String OPERATOR_PASSWORD = "demo-password";

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	String partnerName;

	String partnerAdmin;

	String label;

	Browser operator;

	Browser partner;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.partnerAdmin = this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		this.operator = Browser.start();
	}

	@AfterEach
	void tearDown() {
		try {
			if (this.label != null) {
				this.jdbc.update("delete from partner_agreement_acceptance where agreement_version_id in"
						+ " (select id from partner_agreement_version where label = ?)", this.label);
				this.jdbc.update("delete from partner_agreement_version where label = ?", this.label);
			}
			if (this.partner != null) {
				this.partner.close();
			}
		}
		finally {
			this.operator.close();
		}
	}

	@Test
	void operatorFreezesAndReinstatesAPartnerAndPublishesAVersionThePartnerAccepts() {
		Browser operator = this.operator;
		operator.signIn(baseUrl(), OPERATOR, OPERATOR_PASSWORD, "/admin");

		// find the partner and freeze its sales
		operator.open(baseUrl() + "/admin/partners");
		operator.type(By.id("q"), this.partnerName);
		operator.click(By.cssSelector("#partner-search button[type=submit]"));
		operator.click(By.linkText(this.partnerName));
		operator.waitForPath("/admin/partners/" + this.partnerId);
		operator.select(By.id("standing"), "SALES_FROZEN");
		operator.type(By.id("standing-reason"), "Unpaid invoices since March");
		operator.click(By.id("change-standing"));
		operator.waitForText(By.id("partner-standing"), "Sales frozen");
		operator.screenshot("admin-partner-sales-frozen.png");

		// the partner's next invitation is refused with the reason
		this.partner = Browser.start();
		this.partner.signIn(baseUrl(), this.partnerAdmin, TestData.PASSWORD, "/partner");
		assertThat(this.partner.text(By.id("standing-banner"))).contains("Unpaid invoices since March");
		this.partner.open(baseUrl() + "/partner/invitations/new");
		assertThat(this.partner.text(By.id("selling-refused"))).contains("Unpaid invoices since March");
		assertThat(this.partner.visible(By.id("send-invitation")).isEnabled()).isFalse();
		this.partner.screenshot("partner-sales-frozen-form.png");

		// reinstated, it sends again
		operator.select(By.id("standing"), "ACTIVE");
		operator.type(By.id("standing-reason"), "Invoices paid");
		operator.click(By.id("change-standing"));
		operator.waitForText(By.id("partner-standing"), "Active");
		this.partner.open(baseUrl() + "/partner/invitations/new");
		assertThat(this.partner.visible(By.id("send-invitation")).isEnabled()).isTrue();

		// the operator publishes a new version; the partner's admin accepts it
		this.label = TestData.unique("v");
		operator.open(baseUrl() + "/admin/agreements");
		operator.click(By.id("publish-version"));
		operator.type(By.id("label"), this.label);
		operator.type(By.id("gracePeriodDays"), "30");
		operator.type(By.id("textEn"), "The new agreement.");
		operator.type(By.id("textJa"), "新しい契約。");
		operator.type(By.id("textKo"), "새 계약.");
		operator.click(By.id("publish"));
		operator.waitForPath("/admin/agreements");
		operator.waitForText(By.id("version-table"), this.label);

		this.partner.open(baseUrl() + "/partner");
		assertThat(this.partner.text(By.id("agreement-banner"))).contains(this.label);
		this.partner.click(By.cssSelector("#agreement-banner a"));
		this.partner.waitForPath("/partner/agreement");
		assertThat(this.partner.text(By.id("agreement-text"))).contains("The new agreement.");
		this.partner.click(By.id("accepted"));
		this.partner.click(By.id("accept-agreement"));
		this.partner.waitForPath("/partner/agreement");
		assertThat(this.partner.text(By.id("agreement-current"))).isNotEmpty();
		this.partner.screenshot("partner-agreement-accepted.png");
		assertThat(this.partners.partner(this.partnerId).agreementVersion()).isEqualTo(this.label);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
