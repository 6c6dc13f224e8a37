package com.partnerportal.invitation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 17: the pages of an invitation's link speak the invitation's language,
 * whatever the browser's, unless the visitor picks another; the pick holds on that link's
 * pages.
 */
@PortalIntegrationTest
class InvitationLanguageWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	MessageSource messages;

	String token;

	@BeforeEach
	void sendAJapaneseInvitation() {
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(this.testData.signedPartner(TestData.ALL_SERVICES), PartnerRole.SALES_AGENT));
		String email = TestData.uniqueEmail("nihon");
		this.invitations.send(sales, new NewTrialInvitation(null, TestData.unique("Nihon Co"), "Sato", email, "ja",
				null, List.of("MAIL_PLAN_1"), false, null, null));
		this.token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
	}

	@Test
	void aJapaneseInvitationOpensInJapaneseInAnEnglishBrowser() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/invitations/{token}", this.token).header("Accept-Language", "en")
				.cookie(new Cookie("portal-language", "en")))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(page(result)).contains("lang=\"ja\"", text("accept.domainPrefix", Locale.JAPANESE))
			.doesNotContain(text("accept.domainPrefix", Locale.ENGLISH));
	}

	@Test
	void theAcceptanceErrorsTheDeclinedAndTheClosedPagesSpeakTheInvitationsLanguage() throws Exception {
		MvcResult errors = this.mvc
			.perform(post("/invitations/{token}/accept", this.token).with(csrf())
				.header("Accept-Language", "en")
				.param("organizationName", "")
				.param("domainPrefix", "")
				.param("adminName", "")
				.param("password", "")
				.param("passwordConfirmation", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(page(errors)).contains("lang=\"ja\"");

		MvcResult declined = this.mvc
			.perform(post("/invitations/{token}/decline", this.token).with(csrf())
				.param("confirmed", "true")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(declined)).contains("lang=\"ja\"");

		MvcResult closed = this.mvc.perform(get("/invitations/{token}", this.token).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(page(closed)).contains("lang=\"ja\"");
	}

	@Test
	void theVisitorsPickHoldsOnThisLinksPagesOnly() throws Exception {
		MvcResult picked = this.mvc.perform(get("/invitations/{token}", this.token).param("lang", "ko"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(picked)).contains("lang=\"ko\"", text("accept.domainPrefix", Locale.KOREAN));
		Cookie pick = picked.getResponse().getCookie("portal-language-page");
		assertThat(pick).isNotNull();
		assertThat(pick.getPath()).isEqualTo("/invitations/" + this.token);

		MvcResult errors = this.mvc
			.perform(post("/invitations/{token}/accept", this.token).with(csrf())
				.cookie(pick)
				.param("organizationName", "")
				.param("domainPrefix", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		assertThat(page(errors)).contains("lang=\"ko\"");

		MvcResult again = this.mvc.perform(get("/invitations/{token}", this.token).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page(again)).contains("lang=\"en\"");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
