package com.partnerportal.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 20: the back office's and the customer's activity logs name what the
 * events recorded as codes (an offer, a data migration's source system), in every
 * language.
 */
@PortalIntegrationTest
class ActivityDetailsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestTenants tenants;

	@Autowired
	BackOfficeAdmins admins;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theActivityLogsNameTheOfferInsteadOfItsCode() throws Exception {
		TestTenants.Tenant tenant = this.tenants.acceptedTrial("BUSINESS_PREMIUM");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where customer_id = ? and action = 'SUBSCRIPTION_TRIAL_STARTED'",
					Integer.class, tenant.customerId()) > 0);
		PortalUser backOffice = this.admins.findForSignIn("admin@operator.example").orElseThrow();

		for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE, Locale.KOREAN)) {
			String offer = this.messages.getMessage("catalog.offer.BUSINESS_PREMIUM.name", null, language);
			String licenses = this.messages.getMessage("languages.activity.licenses", new Object[] { offer, 25 },
					language);
			for (var page : List.of(get("/admin/activity").with(user(backOffice)),
					get("/customer/activity").param("who", "everyone").with(user(tenant.admin())))) {
				String html = HtmlUtils
					.htmlUnescape(this.mvc.perform(page.header("Accept-Language", language.getLanguage()))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString(StandardCharsets.UTF_8));
				assertThat(html).as("in %s", language).contains(licenses).doesNotContain("BUSINESS_PREMIUM");
			}
		}
	}

	@Test
	void aDetailThatIsAlreadyANameIsShownAsRecorded() {
		ActivityDetails details = new ActivityDetails(this.messages);
		ActivityEntry invitationSent = new ActivityEntry(null, null, null, null, null, null, "TRIAL_INVITATION_SENT",
				null, "BUSINESS_PREMIUM × 3 Ltd", null);

		assertThat(details.text(invitationSent, Locale.JAPANESE)).isEqualTo("BUSINESS_PREMIUM × 3 Ltd");
	}

	@Test
	void namesTheSourceSystemOfADataMigration() {
		ActivityDetails details = new ActivityDetails(this.messages);
		ActivityEntry migration = new ActivityEntry(null, null, null, null, null, null, "TENANT_MIGRATION_REQUESTED",
				null, "GOOGLE_WORKSPACE: a@x.example, b@x.example", null);

		assertThat(details.text(migration, Locale.KOREAN))
			.contains(this.messages.getMessage("tenant.sourceSystem.GOOGLE_WORKSPACE", null, Locale.KOREAN),
					"a@x.example, b@x.example")
			.doesNotContain("GOOGLE_WORKSPACE");
	}

}
