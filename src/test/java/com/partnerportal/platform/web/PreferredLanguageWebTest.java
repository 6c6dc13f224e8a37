package com.partnerportal.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 18: every account keeps a preferred language; the pages after sign-in and
 * the mails to the account use it, and the language switcher of a signed-in person
 * changes it.
 */
@PortalIntegrationTest
class PreferredLanguageWebTest {

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
	BackOfficeAdmins backOfficeAdmins;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void hanaSignsInAndTheNextPageIsJapanese() throws Exception {
		String hana = japanesePartnerUser();

		SignedIn signedIn = signIn(hana);

		assertThat(signedIn.languageCookie().getValue()).isEqualTo("ja");
		String page = page(this.mvc
			.perform(get("/partner").cookie(signedIn.session(), signedIn.languageCookie())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("lang=\"ja\"", text("nav.partner.overview", Locale.JAPANESE));
	}

	@Test
	void aCustomerAdminAndABackOfficeAdminSignInInTheirLanguage() throws Exception {
		String admin = TestData.uniqueEmail("backoffice");
		this.backOfficeAdmins.create(admin, "Park", TestData.PASSWORD, "ko");
		SignedIn backOffice = signIn(admin);
		assertThat(backOffice.languageCookie().getValue()).isEqualTo("ko");

		TestTenants.Tenant tenant = this.tenants.acceptedTrial();
		this.jdbc.update("update customer_account set language = 'ja' where customer_id = ?", tenant.customerId());
		SignedIn customerAdmin = signIn(tenant.admin().getUsername(), "a-good-password");
		String page = page(this.mvc
			.perform(get("/customer").cookie(customerAdmin.session(), customerAdmin.languageCookie())
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("lang=\"ja\"");
	}

	@Test
	void theSwitcherOfASignedInUserChangesThePreferredLanguageForTheNextSignInAndForMails() throws Exception {
		String user = japanesePartnerUser();
		SignedIn first = signIn(user);

		// a GET shows another language but keeps the account's: a link on another site
		// cannot change it
		this.mvc.perform(get("/partner").param("lang", "en").cookie(first.session(), first.languageCookie()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select language from partner_user where email = ?", String.class, user))
			.isEqualTo("ja");
		// nor a POST without the CSRF token
		this.mvc
			.perform(post("/account/language").param("lang", "ko")
				.param("returnTo", "/partner")
				.cookie(first.session(), first.languageCookie()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select language from partner_user where email = ?", String.class, user))
			.isEqualTo("ja");

		this.mvc
			.perform(post("/account/language").with(csrf())
				.param("lang", "ko")
				.param("returnTo", "/partner?lang=ko")
				.cookie(first.session(), first.languageCookie()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partner?lang=ko"));

		assertThat(this.jdbc.queryForObject("select language from partner_user where email = ?", String.class, user))
			.isEqualTo("ko");
		SignedIn second = signIn(user);
		assertThat(second.languageCookie().getValue()).isEqualTo("ko");
		assertThat(
				page(this.mvc.perform(get("/partner").cookie(second.session(), second.languageCookie())).andReturn()))
			.contains("lang=\"ko\"");

		String company = TestData.unique("Mail Co");
		String customer = TestData.uniqueEmail("declines");
		var sender = this.testData.principal(this.partners, user);
		this.invitations.send(sender, new NewTrialInvitation(null, company, "Kim", customer, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(customer, ""));
		this.mvc.perform(post("/invitations/{token}/decline", token).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isOk());

		MimeMessage declined = TestMailServer.awaitMail(user, company);
		assertThat(declined.getSubject()).isEqualTo(this.messages.getMessage("mail.trial-invitation-declined.subject",
				new Object[] { company }, Locale.KOREAN));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/partner", "https://evil.example/", "/\\evil.example", "partner" })
	void theLanguageMenuGoesBackOnlyToAPageOfThePortal(String returnTo) throws Exception {
		SignedIn signedIn = signIn(japanesePartnerUser());
		this.mvc
			.perform(post("/account/language").with(csrf())
				.param("lang", "ko")
				.param("returnTo", returnTo)
				.cookie(signedIn.session(), signedIn.languageCookie()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aLanguageThePortalDoesNotSpeakIsRefused() throws Exception {
		SignedIn signedIn = signIn(japanesePartnerUser());
		this.mvc
			.perform(post("/account/language").with(csrf())
				.param("lang", "fr")
				.cookie(signedIn.session(), signedIn.languageCookie()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aMailToAJapaneseUserIsJapanese() throws Exception {
		String hana = japanesePartnerUser();
		String company = TestData.unique("Hana Co");
		String customer = TestData.uniqueEmail("declines");
		this.invitations.send(this.testData.principal(this.partners, hana), new NewTrialInvitation(null, company, "Lee",
				customer, "en", null, List.of("MAIL_PLAN_1"), false, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(customer, ""));
		this.mvc.perform(post("/invitations/{token}/decline", token).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isOk());

		assertThat(TestMailServer.awaitMail(hana, company).getSubject()).isEqualTo(this.messages
			.getMessage("mail.trial-invitation-declined.subject", new Object[] { company }, Locale.JAPANESE));
	}

	private String japanesePartnerUser() {
		String email = TestData.uniqueEmail("hana");
		this.partners.addUser(this.testData.signedPartner(TestData.ALL_SERVICES), email, "Hana", TestData.PASSWORD,
				"ja", EnumSet.of(PartnerRole.SALES_AGENT, PartnerRole.HELPDESK_AGENT));
		return email;
	}

	private SignedIn signIn(String username) throws Exception {
		return signIn(username, TestData.PASSWORD);
	}

	private SignedIn signIn(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.header("Accept-Language", "en")
				.param("username", username)
				.param("password", password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		Cookie language = result.getResponse().getCookie("portal-language");
		assertThat(language).as("the language cookie set at sign-in").isNotNull();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie").isNotNull();
		return new SignedIn(session, language);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	record SignedIn(Cookie session, Cookie languageCookie) {
	}

}
