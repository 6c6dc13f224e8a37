package com.partnerportal.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 7, item 21: on every page that shows a form's errors after a POST, each link of
 * the language switcher leads to a GET that works (the page of the form) in that
 * language, never to the POST address (which answers a GET with 405).
 */
@PortalIntegrationTest
class LanguageLinksAfterPostWebTest {

	private static final Pattern LANGUAGE_LINK = Pattern
		.compile("<a[^>]*class=\"dropdown-item\"[^>]*href=\"([^\"]*)\"[^>]*lang=\"([a-z]{2})\"");

	/**
	 * A signed-in person's language menu: a form per language (it keeps the choice for
	 * the account) that goes back to a page.
	 */
	private static final Pattern LANGUAGE_FORM = Pattern
		.compile("name=\"lang\" value=\"([a-z]{2})\">\\s*<input type=\"hidden\" name=\"returnTo\" value=\"([^\"]*)\"");

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

	@Test
	void everyFormPageWithErrorsLinksToAWorkingPageInEachLanguage() throws Exception {
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(this.testData.signedPartner(TestData.ALL_SERVICES), PartnerRole.PARTNER_ADMIN,
						PartnerRole.SALES_AGENT, PartnerRole.ADMIN_AGENT));
		TestTenants.Tenant tenant = this.tenants.acceptedTrial();
		PortalUser customerAdmin = tenant.admin();
		String email = TestData.uniqueEmail("links");
		this.invitations.send(sales, new NewTrialInvitation(null, TestData.unique("Links Co"), "Lin", email, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		Map<String, PortalUser> forms = new LinkedHashMap<>();
		forms.put("/partner/invitations", sales);
		forms.put("/partner/offers", sales);
		forms.put("/partner/delegated-admin-requests", sales);
		forms.put("/tenants/" + tenant.customerId() + "/users", customerAdmin);
		forms.put("/tenants/" + tenant.customerId() + "/groups", customerAdmin);
		forms.put("/tenants/" + tenant.customerId() + "/mailboxes", customerAdmin);
		forms.put("/tenants/" + tenant.customerId() + "/migrations", customerAdmin);
		forms.put("/tenants/" + tenant.customerId() + "/service-requests", customerAdmin);
		forms.put("/invitations/" + token + "/accept", null);

		for (Map.Entry<String, PortalUser> form : forms.entrySet()) {
			var request = post(form.getKey()).with(csrf()).header("Accept-Language", "en");
			if (form.getValue() != null) {
				request.with(user(form.getValue()));
			}
			MvcResult errors = this.mvc.perform(request).andReturn();
			assertThat(errors.getResponse().getStatus()).as("POST %s with nothing filled in", form.getKey())
				.isBetween(400, 499);
			Map<String, String> links = languageLinks(errors);
			assertThat(links).as("language links after POST %s", form.getKey()).containsOnlyKeys("en", "ja", "ko");
			for (Map.Entry<String, String> link : links.entrySet()) {
				assertThat(link.getValue()).as("after POST %s", form.getKey()).doesNotStartWith(form.getKey() + "?");
				var follow = get(link.getValue());
				if (form.getValue() != null) {
					follow.with(user(form.getValue()));
				}
				MvcResult page = this.mvc.perform(follow).andReturn();
				assertThat(page.getResponse().getStatus())
					.as("%s, linked after POST %s", link.getValue(), form.getKey())
					.isEqualTo(200);
				assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.as("%s, linked after POST %s", link.getValue(), form.getKey())
					.contains("lang=\"" + link.getKey() + "\"");
			}
		}
	}

	@Test
	void onAGetPageTheLinksKeepTheAddressAndItsQuery() throws Exception {
		MvcResult login = this.mvc.perform(get("/login?continue=/invitations/" + "A".repeat(43))).andReturn();

		assertThat(languageLinks(login)).containsEntry("ja",
				"/login?continue=/invitations/" + "A".repeat(43) + "&lang=ja");
	}

	private static Map<String, String> languageLinks(MvcResult result) throws Exception {
		Matcher link = LANGUAGE_LINK.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Map<String, String> links = new LinkedHashMap<>();
		while (link.find()) {
			links.put(link.group(2), HtmlUtils.htmlUnescape(link.group(1)));
		}
		Matcher form = LANGUAGE_FORM.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		while (form.find()) {
			links.put(form.group(1), HtmlUtils.htmlUnescape(form.group(2)));
		}
		return links;
	}

}
