package com.partnerportal.e2e;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
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
 * Issue 7, item 21: switching the language on a form that the server sent back with its
 * errors leads to a page that works, in that language, and keeps what was typed.
 */
@PortalIntegrationTest
class LanguageSwitchBrowserTest {

	@LocalServerPort
	int port;

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
	void switchingTheLanguageOfARejectedFormKeepsWhatWasTyped() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String partnerUser = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
		String baseUrl = "http://localhost:" + this.port;
		this.browser.signIn(baseUrl, partnerUser, TestData.PASSWORD, "/partner");
		this.browser.open(baseUrl + "/partner/invitations/new?lang=en");
		this.browser.type(By.id("companyName"), "Kept Company");
		this.browser.type(By.id("contactName"), "Kim Kept");
		// no email and no offer: the server sends the form back with its errors
		this.browser.click(By.id("send-invitation"));
		this.browser.visible(By.id("error-summary"));

		this.browser.click(By.id("languageMenu"));
		this.browser.click(By.cssSelector("[aria-labelledby='languageMenu'] button[lang='ja']"));

		this.browser.waitForAttribute(By.tagName("html"), "lang", "ja");
		assertThat(this.browser.driver().getCurrentUrl()).contains("/partner/invitations/new");
		assertThat(this.browser.visible(By.id("companyName")).getDomProperty("value")).isEqualTo("Kept Company");
		assertThat(this.browser.visible(By.id("contactName")).getDomProperty("value")).isEqualTo("Kim Kept");
	}

}
