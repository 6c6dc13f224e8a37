package com.partnerportal.partner.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.AgreementVersionView;
import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, item 1: a partner without a signed Partner Agreement is no longer left at a
 * 403: its partner pages send it to the agreement page, in the language asked for, where
 * a partner admin reads the current version and signs it (who, when, which version), and
 * the partner features open; other roles read that their admin signs. The page offers
 * only links that work.
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
	PartnerAgreements agreements;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void partnerPagesLeadToTheAgreementPage() throws Exception {
		PortalUser unsigned = unsignedPartnerUser(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		for (String page : List.of("/partner", "/partner/invitations", "/partner/customers")) {
			this.mvc.perform(get(page).with(user(unsigned)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/partner/agreement"));
		}
		// a POST is refused, not redirected: nothing is sent
		this.mvc.perform(post("/partner/invitations").with(csrf()).with(user(unsigned)))
			.andExpect(status().isForbidden());
	}

	@Test
	void honoursTheLanguageAskedFor() throws Exception {
		PortalUser unsigned = unsignedPartnerUser(PartnerRole.PARTNER_ADMIN);
		AgreementVersionView current = this.agreements.current().orElseThrow();
		for (Locale language : List.of(Locale.JAPANESE, Locale.KOREAN, Locale.ENGLISH)) {
			MvcResult result = this.mvc
				.perform(get("/partner/agreement").param("lang", language.getLanguage())
					.header("Accept-Language", "en")
					.with(user(unsigned)))
				.andExpect(status().isOk())
				.andReturn();

			assertThat(page(result)).as("in %s", language)
				.contains("lang=\"" + language.getLanguage() + "\"",
						this.messages.getMessage("partner.agreement.page.title", null, language),
						current.paragraphs(language).get(0));
		}
	}

	@Test
	void offersNoLinkThatAnswers403() throws Exception {
		PortalUser unsigned = unsignedPartnerUser(PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT);
		String page = page(this.mvc.perform(get("/partner/agreement").with(user(unsigned)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page).contains("action=\"/logout\"", "action=\"/partner/agreement/accept\"");
		List<String> links = new ArrayList<>();
		Matcher link = LINK.matcher(page);
		while (link.find()) {
			links.add(link.group(1));
		}
		assertThat(links).isNotEmpty();
		for (String href : links) {
			if (href.startsWith("mailto:") || href.startsWith("#") || href.contains("lang=")) {
				continue;
			}
			int status = this.mvc.perform(get(href).with(user(unsigned))).andReturn().getResponse().getStatus();
			assertThat(status).as("link %s", href).isNotEqualTo(403);
		}
	}

	@Test
	void partnerAdminSignsTheCurrentVersionAndTheFeaturesOpen() throws Exception {
		UUID partnerId = this.testData.unsignedPartner();
		PortalUser admin = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		AgreementVersionView current = this.agreements.current().orElseThrow();

		this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(admin))
				.param("versionId", current.id().toString())
				.param("accepted", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partner/agreement"));

		assertThat(this.partners.partner(partnerId).agreementVersion()).isEqualTo(current.label());
		assertThat(this.partners.partner(partnerId).agreementSignedBy()).isEqualTo("Test User");
		assertThat(this.jdbc.queryForObject(
				"select accepted_by from partner_agreement_acceptance where partner_id = ? and agreement_version_id = ?",
				String.class, partnerId, current.id()))
			.isEqualTo(admin.getUsername());
		this.mvc.perform(get("/partner/invitations").with(user(admin))).andExpect(status().isOk());

		// a second click changes nothing and ends the same way
		this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(admin))
				.param("versionId", current.id().toString())
				.param("accepted", "true"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select count(*) from partner_agreement_acceptance where partner_id = ?",
				Integer.class, partnerId))
			.isOne();
	}

	@Test
	void refusesAnAcceptanceWithoutTheTickOrOfAnotherVersionAtItsField() throws Exception {
		UUID partnerId = this.testData.unsignedPartner();
		PortalUser admin = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));
		AgreementVersionView current = this.agreements.current().orElseThrow();

		String unticked = page(this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(admin))
				.param("versionId", current.id().toString()))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(unticked)
			.contains(this.messages.getMessage("partner.agreement.accept.required", null, Locale.ENGLISH));

		String stale = page(this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(admin))
				.param("versionId", UUID.randomUUID().toString())
				.param("accepted", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(stale).contains(this.messages.getMessage("partner.agreement.not-current",
				new Object[] { current.label() }, Locale.ENGLISH));

		this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(admin))
				.param("versionId", "not-an-id")
				.param("accepted", "true"))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.partners.partner(partnerId).agreementSigned()).isFalse();
	}

	@Test
	void otherRolesReadThatTheirAdminSignsAndCannotSign() throws Exception {
		UUID partnerId = this.testData.unsignedPartner();
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		AgreementVersionView current = this.agreements.current().orElseThrow();

		String page = page(
				this.mvc.perform(get("/partner/agreement").with(user(sales))).andExpect(status().isOk()).andReturn());
		assertThat(page).contains(this.messages.getMessage("partner.agreement.page.admin-signs", null, Locale.ENGLISH))
			.doesNotContain("action=\"/partner/agreement/accept\"");

		this.mvc
			.perform(post("/partner/agreement/accept").with(csrf())
				.with(user(sales))
				.param("versionId", current.id().toString())
				.param("accepted", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.partners.partner(partnerId).agreementSigned()).isFalse();
	}

	@Test
	void partnerAdminRequestsAnEnrollmentOnce() throws Exception {
		UUID partnerId = this.testData.unsignedPartner();
		PortalUser admin = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));

		this.mvc
			.perform(post("/partner/agreement/enrollment-requests").with(csrf())
				.with(user(admin))
				.param("program", "CLOUD_ESSENTIALS"))
			.andExpect(status().isFound());
		String again = page(this.mvc
			.perform(post("/partner/agreement/enrollment-requests").with(csrf())
				.with(user(admin))
				.param("program", "CLOUD_ESSENTIALS"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(again)
			.contains(this.messages.getMessage("partner.enrollment.already-requested", null, Locale.ENGLISH));
		this.mvc
			.perform(post("/partner/agreement/enrollment-requests").with(csrf())
				.with(user(admin))
				.param("program", "NO_SUCH_PROGRAM"))
			.andExpect(status().isUnprocessableContent());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_enrollment_request where partner_id = ? and state = 'REQUESTED'",
				Integer.class, partnerId))
			.isOne();
	}

	private PortalUser unsignedPartnerUser(PartnerRole... roles) {
		return this.testData.principal(this.partners, this.testData.user(this.testData.unsignedPartner(), roles));
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
