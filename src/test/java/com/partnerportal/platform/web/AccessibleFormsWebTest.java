package com.partnerportal.platform.web;

import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.RejectedFormPage;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rejected forms, as a screen reader meets them (issue 7, items 23 and 26): every invalid
 * control says so ({@code aria-invalid}) and points at its message
 * ({@code aria-describedby}), groups of checkboxes tie their message to their fieldset,
 * an error summary at the top links to each field, and the page's title says there are
 * errors. Titles name the site in every language. The new-invitation form's and the offer
 * lines' own checks are in the web slices {@code TrialInvitationFormValidationTest} and
 * {@code PurchaseOfferFormBindingTest}; the forms here need the real data behind them.
 */
@PortalIntegrationTest
class AccessibleFormsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	TestTenants tenants;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void noOfferLineIsAMessageOfTheLinesFieldset() throws Exception {
		String page = this.mvc
			.perform(post("/partner/offers").with(csrf())
				.with(user(this.sales))
				.param("companyName", "Adatum")
				.param("contactName", "Casey")
				.param("email", TestData.uniqueEmail("a11y"))
				.param("language", "en")
				.param("validDays", "30"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(RejectedFormPage.tag(page, "lines")).startsWith("<fieldset").contains("lines-error");
		assertThat(page).contains("id=\"lines-error\"");
		assertThat(RejectedFormPage.summaryLinks(page)).containsExactly("lines");
	}

	@Test
	void theMigrationSourceAndMailboxesAreTiedToTheirMessages() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		String page = this.mvc
			.perform(post("/tenants/{id}/migrations", tenant.customerId()).with(csrf())
				.with(user(tenant.admin()))
				.param("sourceSystem", "")
				.param("scheduledFor", ""))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(RejectedFormPage.title(page)).startsWith("Error: Request a data migration · Partner Portal");
		assertThat(RejectedFormPage.tag(page, "sourceSystem")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"sourceSystem-error\"");
		assertThat(RejectedFormPage.tag(page, "mailboxIds")).startsWith("<fieldset").contains("mailboxIds-error");
		assertThat(RejectedFormPage.summaryLinks(page)).contains("sourceSystem", "mailboxIds");
		RejectedFormPage.assertEveryInvalidControlIsDescribedAndSummarized(page);
	}

	@Test
	void aRefusedPartnerOfRecordIsTiedToItsFieldAndTitledAsAnError() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial();
		UUID subscriptionId = tenant.subscriptions().get(0).id();
		String page = this.mvc
			.perform(post("/customer/subscriptions/{id}/partner-of-record", subscriptionId).with(csrf())
				.with(user(tenant.admin()))
				.param("partner", "No Such Partner " + UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String field = "por-" + subscriptionId;
		assertThat(RejectedFormPage.title(page)).isEqualTo("Error: Partners · Partner Portal");
		assertThat(RejectedFormPage.tag(page, field)).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"" + field + "-error\"");
		assertThat(RejectedFormPage.summaryLinks(page)).containsExactly(field);
		RejectedFormPage.assertEveryInvalidControlIsDescribedAndSummarized(page);
	}

	@Test
	void pageTitlesNameTheSiteInEveryLanguage() throws Exception {
		assertThat(RejectedFormPage.title(page(get("/login")))).isEqualTo("Sign in · Partner Portal");
		assertThat(RejectedFormPage.title(page(get("/login").param("lang", "ja")))).isEqualTo("サインイン · パートナー ポータル");
		assertThat(RejectedFormPage.title(page(get("/login").param("lang", "ko")))).isEqualTo("로그인 · 파트너 포털");
		assertThat(RejectedFormPage.title(page(get("/partner/invitations/new").with(user(this.sales)))))
			.isEqualTo("New trial invitation · Partner Portal");
		// the home page is the site: its name once
		assertThat(RejectedFormPage.title(page(get("/")))).isEqualTo("Partner Portal");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
