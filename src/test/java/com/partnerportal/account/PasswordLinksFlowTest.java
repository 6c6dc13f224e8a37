package com.partnerportal.account;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Emailed password links for every kind of account, on the real database and SMTP: a
 * reset never says whether the account exists; a link sets a password once, expires, and
 * ends the account's other sessions; a signed-in account changes its password by giving
 * the current one.
 */
@PortalIntegrationTest
class PasswordLinksFlowTest {

	private static final Pattern LINK = Pattern.compile("/password/set/[A-Za-z0-9_-]{43}");

	private static final String NEW_PASSWORD = "a brand new passphrase";

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
	BackOfficeAdmins backOffice;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void resetLinkSetsANewPasswordOnceAndEndsTheOtherSessions() throws Exception {
		String email = partnerUser();
		WebClient elsewhere = new WebClient(this.port);
		assertThat(elsewhere.signIn(email, TestData.PASSWORD).headers().firstValue("Location")).hasValue("/partner");
		assertThat(elsewhere.get("/partner").statusCode()).isEqualTo(200);

		String path = requestReset(email.toUpperCase(), email);
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsText(email)));
		this.mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.set.flash.done"));

		HttpResponse<String> afterReset = elsewhere.get("/partner");
		assertThat(afterReset.statusCode()).isEqualTo(302);
		assertThat(afterReset.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(new WebClient(this.port).signIn(email, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValue("/partner");
		assertThat(new WebClient(this.port).signIn(email, TestData.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error");

		this.mvc.perform(get(path)).andExpect(status().isGone());
		this.mvc
			.perform(post(path).param("password", "another passphrase")
				.param("confirmation", "another passphrase")
				.with(csrf()))
			.andExpect(status().isGone());
		assertThat(new WebClient(this.port).signIn(email, "another passphrase").headers().firstValue("Location"))
			.hasValue("/login?error");
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = TestData.uniqueEmail("nobody");
		this.mvc.perform(post("/password/reset").param("email", unknown).with(csrf()))
			.andExpect(redirectedUrl("/password/reset"))
			.andExpect(flash().attribute("flash", "account.reset.flash.sent"));
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where lower(recipient) = lower(?)",
				Integer.class, unknown))
			.isZero();
	}

	@Test
	void expiredLinkIsGoneAndSaysSo() throws Exception {
		String email = partnerUser();
		String path = requestReset(email, email);
		this.clock.advance(Duration.ofMinutes(61));
		this.mvc.perform(get(path))
			.andExpect(status().isGone())
			.andExpect(content().string(containsText("This link has expired")));
		this.mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(status().isGone());
	}

	@Test
	void forgedOrMalformedTokensAreNotFound() throws Exception {
		this.mvc.perform(get("/password/set/not-a-token")).andExpect(status().isNotFound());
		this.mvc.perform(get("/password/set/" + "A".repeat(43))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/password/set/" + "A".repeat(43)).param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void badPasswordsAreTiedToTheirFieldsAndLeaveTheLinkUsable() throws Exception {
		String email = partnerUser();
		String path = requestReset(email, email);
		this.mvc
			.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", "something else").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsText("id=\"confirmation-error\"")));
		this.mvc.perform(post(path).param("password", "short").param("confirmation", "short").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsText("Use at least 12 characters.")));
		this.mvc.perform(post(path).param("password", email).param("confirmation", email).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsText("id=\"password-error\"")));
		this.mvc.perform(get(path)).andExpect(status().isOk());
	}

	@Test
	void malformedResetRequestIsRefusedOnItsField() throws Exception {
		this.mvc.perform(post("/password/reset").param("email", "").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsText("id=\"email-error\"")));
		this.mvc.perform(post("/password/reset").param("email", "x".repeat(400) + "@example.com").with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void backOfficeAndCustomerAccountsGetResetLinksToo() throws Exception {
		String operator = TestData.uniqueEmail("operator");
		this.backOffice.create(operator, "Operator", TestData.PASSWORD, "ja");
		String path = requestReset(operator, operator);
		this.mvc.perform(post(path).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(new WebClient(this.port).signIn(operator, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValue("/admin");

		TestTenants.Tenant tenant = this.tenants.acceptedTrial("BUSINESS_STANDARD");
		String signInName = tenant.admin().getUsername();
		String customerPath = requestReset(signInName, tenant.contactEmail());
		this.mvc
			.perform(
					post(customerPath).param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		assertThat(new WebClient(this.port).signIn(signInName, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValue("/customer");
	}

	@Test
	void signedInAccountChangesItsPasswordGivingTheCurrentOne() throws Exception {
		String email = partnerUser();
		PortalUser user = this.testData.principal(this.partners, email);
		this.mvc
			.perform(post("/account/password").param("currentPassword", "not-my-password")
				.param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(user(user))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsText("id=\"currentPassword-error\"")));
		this.mvc.perform(get("/account").with(user(user))).andExpect(status().isOk());
		this.mvc
			.perform(post("/account/password").param("currentPassword", TestData.PASSWORD)
				.param("password", NEW_PASSWORD)
				.param("confirmation", NEW_PASSWORD)
				.with(user(user))
				.with(csrf()))
			.andExpect(redirectedUrl("/account"));
		assertThat(new WebClient(this.port).signIn(email, NEW_PASSWORD).headers().firstValue("Location"))
			.hasValue("/partner");
		assertThat(
				this.jdbc.queryForObject("select count(*) from account_link where account_id = ? and used_at is null",
						Integer.class, user.accountId()))
			.isZero();
	}

	@Test
	void passwordPagesNeedASignInOnlyForTheAccountPage() throws Exception {
		this.mvc.perform(get("/password/reset")).andExpect(status().isOk());
		MvcResult account = this.mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(account.getResponse().getRedirectedUrl()).contains("/login");
	}

	private String partnerUser() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		return this.testData.user(partnerId, PartnerRole.SALES_AGENT);
	}

	/**
	 * Asks for a reset of {@code signInName} and returns the path of the link mailed to
	 * {@code mailbox}.
	 */
	private String requestReset(String signInName, String mailbox) throws Exception {
		int before = TestMailServer.mailsTo(mailbox).size();
		this.mvc.perform(post("/password/reset").param("email", signInName).with(csrf()))
			.andExpect(redirectedUrl("/password/reset"));
		MimeMessage mail = TestMailServer.nextMailTo(mailbox, before);
		return linkPath(mail);
	}

	static String linkPath(MimeMessage mail) {
		String body = GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as("a password link in the mail").isTrue();
		return matcher.group();
	}

	private static org.hamcrest.Matcher<String> containsText(String text) {
		return org.hamcrest.Matchers.containsString(text);
	}

}
