package com.partnerportal.partner.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 19: the page that refuses partner pages to a partner without a signed
 * Partner Agreement speaks the language asked for, and offers only links that work: to
 * write to the partner team and to sign out, not back to the same refusal.
 */
@PortalIntegrationTest
class AgreementRequiredPageWebTest {

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	MessageSource messages;

	@Test
	void honoursTheLanguageAskedFor() throws Exception {
		PortalUser unsigned = unsignedPartnerUser();
		for (Locale language : List.of(Locale.JAPANESE, Locale.KOREAN, Locale.ENGLISH)) {
			MvcResult result = this.mvc
				.perform(get("/partner/invitations").param("lang", language.getLanguage())
					.header("Accept-Language", "en")
					.with(user(unsigned)))
				.andExpect(status().isForbidden())
				.andReturn();

			assertThat(page(result)).as("in %s", language)
				.contains("lang=\"" + language.getLanguage() + "\"",
						this.messages.getMessage("partner.agreement.title", null, language));
		}
	}

	@Test
	void offersNoLinkThatAnswers403AndAWayOut() throws Exception {
		PortalUser unsigned = unsignedPartnerUser();
		String page = page(
				this.mvc.perform(get("/partner").with(user(unsigned))).andExpect(status().isForbidden()).andReturn());

		assertThat(page).contains("action=\"/logout\"", "mailto:");
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(page);
		while (link.find()) {
			links.add(link.group(1));
		}
		for (String href : links) {
			if (href.startsWith("mailto:") || href.startsWith("#") || href.contains("lang=")) {
				continue;
			}
			int status = this.mvc.perform(get(href).with(user(unsigned))).andReturn().getResponse().getStatus();
			assertThat(status).as("link %s", href).isNotEqualTo(403);
			if (status == 302) {
				String target = this.mvc.perform(get(href).with(user(unsigned)))
					.andReturn()
					.getResponse()
					.getRedirectedUrl();
				assertThat(this.mvc.perform(get(target).with(user(unsigned))).andReturn().getResponse().getStatus())
					.as("link %s, redirected to %s", href, target)
					.isNotEqualTo(403);
			}
		}
	}

	private PortalUser unsignedPartnerUser() {
		return this.testData.principal(this.partners, this.testData.user(this.testData.unsignedPartner(),
				PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
