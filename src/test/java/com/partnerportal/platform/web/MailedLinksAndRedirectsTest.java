package com.partnerportal.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.customer.SubscriptionJobs;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Mailed links and redirects come from the portal's own base URL (here the embedded
 * default: {@code http://localhost:<port>}), never from a host a request names, on every
 * request that sends a mail and on the jobs that send mail.
 */
@PortalIntegrationTest
class MailedLinksAndRedirectsTest {

	private static final String EVIL = "evil.example";

	private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	SubscriptionJobs subscriptionJobs;

	@Autowired
	TestClock clock;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT, PartnerRole.PARTNER_ADMIN));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTrialInvitationMailAndItsRedirectIgnoreForwardedHeaders() throws Exception {
		String email = TestData.uniqueEmail("forged");
		MvcResult result = this.mvc
			.perform(forged(post("/partner/invitations")).with(user(this.sales))
				.with(csrf())
				.param("companyName", "Forged Co")
				.param("contactName", "Casey")
				.param("email", email)
				.param("language", "en")
				.param("offerCodes", "MAIL_PLAN_1"))
			.andReturn();

		assertRelativeRedirect(result, "/partner/invitations/");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(email, 0), "/invitations/");
	}

	@Test
	void aPurchaseOfferMailAndItsRedirectIgnoreForwardedHeaders() throws Exception {
		String email = TestData.uniqueEmail("forged-offer");
		MvcResult result = this.mvc
			.perform(forged(post("/partner/offers")).with(user(this.sales))
				.with(csrf())
				.param("companyName", "Forged Offer Co")
				.param("contactName", "Casey")
				.param("email", email)
				.param("language", "en")
				.param("validDays", "30")
				.param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "2")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andReturn();

		assertRelativeRedirect(result, "/partner/invitations/");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(email, 0), "/invitations/");
	}

	@Test
	void delegatedAdminRequestsToACustomerAndByDomainIgnoreForwardedHeaders() throws Exception {
		Tenant first = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		int before = TestMailServer.mailsTo(first.contactEmail()).size();
		MvcResult toCustomer = this.mvc
			.perform(forged(post("/partner/customers/{id}/delegated-admin-request", first.customerId()))
				.with(user(this.sales))
				.with(csrf())
				.param("delegatedRoles", "USERS_AND_LICENSES")
				.param("delegatedDays", "30"))
			.andReturn();
		assertRelativeRedirect(toCustomer, "/partner/invitations/");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(first.contactEmail(), before), "/invitations/");

		Tenant second = this.tenants.acceptedTrial("MAIL_PLAN_1");
		int beforeSecond = TestMailServer.mailsTo(second.contactEmail()).size();
		MvcResult byDomain = this.mvc
			.perform(forged(post("/partner/delegated-admin-requests")).with(user(this.sales))
				.with(csrf())
				.param("domain", second.domain())
				.param("delegatedRoles", "USERS_AND_LICENSES")
				.param("delegatedDays", "30"))
			.andReturn();
		assertRelativeRedirect(byDomain, "/partner/invitations/");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(second.contactEmail(), beforeSecond), "/invitations/");
	}

	@Test
	void aResentInvitationIgnoresForwardedHeaders() throws Exception {
		String email = TestData.uniqueEmail("resent");
		UUID id = this.invitations.send(this.sales, new NewTrialInvitation(null, "Resent Co", "Casey", email, "en",
				null, List.of("MAIL_PLAN_1"), false, null, null));
		TestMailServer.nextMailTo(email, 0);

		MvcResult result = this.mvc
			.perform(forged(post("/partner/invitations/{id}/resend", id)).with(user(this.sales)).with(csrf()))
			.andReturn();

		assertRelativeRedirect(result, "/partner/invitations/" + id);
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(email, 1), "/invitations/");
	}

	@Test
	void theMailsOfAnAcceptanceAndADeclineIgnoreForwardedHeaders() throws Exception {
		String accepting = TestData.uniqueEmail("accepting");
		this.invitations.send(this.sales, new NewTrialInvitation(null, "Accepting Co", "Casey", accepting, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String acceptPath = TestMailServer.path(TestMailServer.nextMailTo(accepting, 0));
		int partnerMails = TestMailServer.mailsTo(this.sales.getUsername()).size();

		MvcResult accepted = this.mvc
			.perform(forged(post(acceptPath + "/accept")).with(csrf())
				.param("organizationName", "Accepting Co")
				.param("domainPrefix", TestData.unique("fwd").toLowerCase())
				.param("adminName", "Ann Admin")
				.param("password", "a-good-password")
				.param("passwordConfirmation", "a-good-password"))
			.andReturn();
		assertRelativeRedirect(accepted, "/customer");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(this.sales.getUsername(), partnerMails), "/partner/");

		String declining = TestData.uniqueEmail("declining");
		this.invitations.send(this.sales, new NewTrialInvitation(null, "Declining Co", "Casey", declining, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String declinePath = TestMailServer.path(TestMailServer.nextMailTo(declining, 0));
		int partnerMailsBeforeDecline = TestMailServer.mailsTo(this.sales.getUsername()).size();
		this.mvc.perform(forged(post(declinePath + "/decline")).with(csrf()).param("confirmed", "true")).andReturn();
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(this.sales.getUsername(), partnerMailsBeforeDecline),
				"/partner/");
	}

	@Test
	void aServiceRequestMailIgnoresForwardedHeaders() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "MAIL_PLAN_1");
		PortalUser helpdesk = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.HELPDESK_AGENT));
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();

		MvcResult result = this.mvc
			.perform(forged(post("/tenants/{id}/service-requests", tenant.customerId())).with(user(helpdesk))
				.with(csrf())
				.param("title", "Mail stuck")
				.param("description", "Nothing arrives")
				.param("category", "OTHER")
				.param("severity", "LOW"))
			.andReturn();

		assertRelativeRedirect(result, "/tenants/" + tenant.customerId() + "/service-requests/");
		assertLinksOnBaseUrl(TestMailServer.nextMailTo(tenant.contactEmail(), before), "/service-requests/");
	}

	@Test
	void aMailSentByAJobUsesTheSameBaseUrl() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();

		this.clock.advance(Duration.ofDays(24));
		assertThat(this.subscriptionJobs.remindEndingTrials()).isGreaterThanOrEqualTo(1);

		assertLinksOnBaseUrl(TestMailServer.nextMailTo(tenant.contactEmail(), before), "/customer");
	}

	@Test
	void theRedirectAfterSignInToASavedPageNamesNoForgedHost() throws Exception {
		String username = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		MvcResult protectedPage = this.mvc.perform(forged(get("/partner/invitations"))).andReturn();
		assertRelativeRedirect(protectedPage, "/login");
		Cookie session = protectedPage.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();

		MvcResult signedIn = this.mvc
			.perform(forged(post("/login")).cookie(session)
				.with(csrf())
				.param("username", username)
				.param("password", TestData.PASSWORD))
			.andReturn();

		assertRelativeRedirect(signedIn, "/partner/invitations");
	}

	@Test
	void theServerRedirectsAndLinksNameNoHostFromRequestHeaders() throws IOException {
		String redirect = rawGet("/partner");
		assertThat(header(redirect, "Location")).isEqualTo("/login");

		String page = rawGet("/login?lang=ja");
		assertThat(page).startsWith("HTTP/1.1 200").doesNotContain(EVIL);
	}

	private static MockHttpServletRequestBuilder forged(MockHttpServletRequestBuilder request) {
		return request.header("Host", EVIL)
			.header("X-Forwarded-Host", EVIL)
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.header("Forwarded", "host=" + EVIL + ";proto=https");
	}

	private static void assertRelativeRedirect(MvcResult result, String pathStart) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getHeader("Location")).startsWith(pathStart).doesNotContain(EVIL);
	}

	/**
	 * Every absolute link in the mail starts with the portal's base URL, and one of them
	 * leads to {@code pathPart}.
	 */
	private void assertLinksOnBaseUrl(MimeMessage mail, String pathPart) {
		String whole = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
		assertThat(whole).doesNotContain(EVIL);
		Matcher matcher = URL.matcher(whole);
		List<String> links = matcher.results().map(java.util.regex.MatchResult::group).toList();
		assertThat(links).isNotEmpty().allMatch((link) -> link.startsWith("http://localhost:" + this.port + "/"));
		assertThat(links).anyMatch((link) -> link.contains(pathPart));
	}

	/**
	 * A request over a real socket, with a forged Host and forwarded headers: what a
	 * proxy that passes them on would send.
	 */
	private String rawGet(String path) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\nX-Forwarded-Host: " + EVIL
					+ "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\nForwarded: host=" + EVIL
					+ ";proto=https\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream response = new ByteArrayOutputStream();
			in.transferTo(response);
			return response.toString(StandardCharsets.UTF_8);
		}
	}

	private static String header(String response, String name) {
		for (String line : response.split("\r\n")) {
			if (line.isEmpty()) {
				break;
			}
			if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
				return line.substring(name.length() + 1).trim();
			}
		}
		return null;
	}

}
