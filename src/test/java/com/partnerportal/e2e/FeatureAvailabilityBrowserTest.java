package com.partnerportal.e2e;

import java.util.EnumSet;
import java.util.UUID;

import com.partnerportal.availability.AvailabilitySwitch;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator switches delegated administration off for the cloud operated by 21Vianet
 * on the back office's availability page, and a 21Vianet partner's delegated-admin form
 * says why, with its button disabled; the public page says it too. Skipped when Chromium
 * is not installed.
 */
@PortalIntegrationTest
class FeatureAvailabilityBrowserTest {

	private static final String REASON = "Delegated administration is paused in this cloud for an audit.";

	@LocalServerPort
	int port;

	@Autowired
	FeatureAvailability availability;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	AvailabilitySwitch features;

	String seller;

	Browser browser;

	@BeforeEach
	void setUp() {
		Browser.assumeInstalled();
		this.features = new AvailabilitySwitch(this.availability);
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.DELEGATED_ADMIN);
		UUID partnerId = this.partners.register(TestData.unique("Vianet Partner"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		this.seller = this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		this.browser = Browser.start();
	}

	@AfterEach
	void tearDown() {
		try {
			if (this.browser != null) {
				this.browser.close();
			}
		}
		finally {
			if (this.features != null) {
				this.features.restoreDefaults();
			}
		}
	}

	@Test
	void theOperatorSwitchesDelegatedAdministrationOffAndThePartnersFormSaysWhy() {
		Browser browser = this.browser;

		// 1. The operator opens the matrix and switches delegated administration off for
		// 21Vianet, with the reason in three languages.
		browser.signIn(baseUrl(), "admin@operator.example", "demo-password", "/admin");
		browser.click(By.cssSelector("a[href='/admin/availability']"));
		browser.waitForPath("/admin/availability");
		assertThat(browser.text(By.id("cell-CHINA_21VIANET-DELEGATED_ADMIN"))).contains("Available");
		browser.click(By.cssSelector("#cell-CHINA_21VIANET-DELEGATED_ADMIN a"));
		browser.visible(By.id("edit"));
		browser.click(By.cssSelector("#edit input[type=radio][value=NOT_AVAILABLE]"));
		browser.type(By.id("reasonEn"), REASON);
		browser.type(By.id("reasonJa"), "監査のため、このクラウドでは代理管理を一時停止しています。");
		browser.type(By.id("reasonKo"), "감사를 위해 이 클라우드에서 위임된 관리를 일시 중지했습니다.");
		browser.screenshot("availability-admin.png");
		browser.click(By.cssSelector("#edit button[type=submit]"));
		browser.waitForText(By.cssSelector("#content [role=status]"), "The availability was changed.");
		assertThat(browser.text(By.id("cell-CHINA_21VIANET-DELEGATED_ADMIN"))).contains("Not available", REASON);

		// 2. A partner of that cloud opens its delegated-admin form: it says why, and its
		// button is disabled.
		browser.forgetSession();
		browser.signIn(baseUrl(), this.seller, TestData.PASSWORD, "/partner");
		browser.open(baseUrl() + "/partner/delegated-admin-requests/new");
		assertThat(browser.text(By.id("feature-notice-DELEGATED_ADMIN")))
			.contains("Delegated administration: not available in the cloud operated by 21Vianet.", REASON);
		assertThat(browser.text(By.id("cloud-instance-note"))).contains("cloud operated by 21Vianet");
		assertThat(browser.visible(By.id("send-delegated-admin-request")).isEnabled()).isFalse();
		browser.screenshot("availability-partner-form.png");

		// 3. The public page says it too.
		browser.open(baseUrl() + "/availability");
		assertThat(browser.text(By.id("public-CHINA_21VIANET-DELEGATED_ADMIN"))).contains("Not available", REASON);
	}

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

}
