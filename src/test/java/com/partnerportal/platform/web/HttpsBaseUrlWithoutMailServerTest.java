package com.partnerportal.platform.web;

import java.util.List;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.notification.MailLog;
import com.partnerportal.notification.MailLogEntry;
import com.partnerportal.notification.MailState;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A portal whose base URL is HTTPS (behind a proxy that ends TLS: the requests it sees
 * are plain HTTP) and that has no mail server: links name the base URL, the session
 * cookie is Secure and HSTS is sent, and the mail log, where mails are read, keeps the
 * links clickable.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.base-url=https://portal.example/",
		"spring.autoconfigure.exclude=org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration" })
class HttpsBaseUrlWithoutMailServerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	MailLog mailLog;

	@Autowired
	BackOfficeAdmins backOfficeAdmins;

	@Test
	void theSessionCookieIsSecureAndHstsIsSentWhenTheBaseUrlIsHttps() throws Exception {
		MvcResult result = this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.isNotEmpty()
			.allMatch((cookie) -> cookie.contains("; Secure"));
	}

	@Test
	void mailedLinksNameTheConfiguredBaseUrlAndStayClickableInTheMailLogWithoutAMailServer() throws Exception {
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(this.testData.signedPartner(TestData.ALL_SERVICES), PartnerRole.SALES_AGENT));
		String email = TestData.uniqueEmail("https");
		this.mvc
			.perform(post("/partner/invitations").with(user(sales))
				.with(csrf())
				.header("Host", "evil.example")
				.header("X-Forwarded-Host", "evil.example")
				.param("companyName", "Https Co")
				.param("contactName", "Casey")
				.param("email", email)
				.param("language", "en")
				.param("offerCodes", "MAIL_PLAN_1"))
			.andExpect(status().isFound());

		MailLogEntry entry = await()
			.until(() -> this.mailLog.entries(MailState.LOGGED, PageRequest.of(0, 100))
				.stream()
				.filter((mail) -> mail.recipient().equals(email))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		MailLog.MailContent content = this.mailLog.content(entry.id());
		List<String> links = content.links();
		assertThat(links).anyMatch((link) -> link.matches("https://portal\\.example/invitations/[A-Za-z0-9_-]{43}"));
		assertThat(content.html()).doesNotContain("evil.example");

		PortalUser admin = this.backOfficeAdmins.findForSignIn("admin@operator.example").orElseThrow();
		String page = this.mvc.perform(get("/admin/mail/{id}", entry.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(links.get(0));
	}

}
