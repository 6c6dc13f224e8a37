package com.partnerportal.onboarding;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages of joining the network, accounts and teams render in English, Japanese and
 * Korean with no text missing ({@code ??key??}), also with their forms rejected, and the
 * mails they send come out in the recipient's language.
 */
@PortalIntegrationTest
class JoiningPagesInEveryLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	BackOfficeAdmins admins;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyJoiningPageRendersInEveryLanguageWithNoTextMissing() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser admin = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));
		String email = TestData.uniqueEmail("operator");
		this.admins.create(email, "Operator", TestData.PASSWORD, "en");
		PortalUser backOffice = this.admins.findForSignIn(email).orElseThrow();
		UUID application = this.jdbc
			.queryForObject("select id from partner_application order by created_at desc limit 1", UUID.class);

		for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.KOREAN)) {
			List<MockHttpServletRequestBuilder> requests = List.of(get("/partners/apply"), get("/partners/apply/sent"),
					get("/password/reset"), get("/password/set/" + "A".repeat(43)),
					get("/partners/apply/verify/" + "A".repeat(43)), get("/account").with(user(admin)),
					get("/partner/team").with(user(admin)), get("/partner/team/" + admin.accountId()).with(user(admin)),
					get("/partner/profile").with(user(admin)), get("/admin").with(user(backOffice)),
					get("/admin/applications").with(user(backOffice)),
					get("/admin/applications/" + application).with(user(backOffice)),
					post("/partners/apply").param("legalName", "").with(csrf()),
					post("/password/reset").param("email", "").with(csrf()),
					post("/account/password").param("currentPassword", "").with(user(admin)).with(csrf()),
					post("/partner/team").param("email", "").with(user(admin)).with(csrf()),
					post("/admin/applications/" + application + "/reject").param("reason", "")
						.with(user(backOffice))
						.with(csrf()));
			for (MockHttpServletRequestBuilder request : requests) {
				MvcResult result = this.mvc
					.perform(request.locale(locale).header("Accept-Language", locale.getLanguage()))
					.andReturn();
				String html = result.getResponse().getContentAsString();
				String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI() + " in "
						+ locale;
				assertThat(result.getResponse().getStatus()).as(what).isLessThan(500);
				assertThat(html).as(what).doesNotContain("??").contains("lang=\"" + locale.getLanguage() + "\"");
			}
		}
	}

	@Test
	void resetMailIsWrittenInTheAccountsLanguage() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String email = TestData.uniqueEmail("korean");
		this.partners.addUser(partnerId, email, "Korean User", TestData.PASSWORD, "ko",
				java.util.EnumSet.of(PartnerRole.SALES_AGENT));
		this.mvc.perform(post("/password/reset").param("email", email).with(csrf()));
		assertThat(TestMailServer.awaitMail(email, "암호 재설정").getSubject()).isEqualTo("Partner Portal 암호 재설정");
	}

}
