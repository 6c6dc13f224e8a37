package com.partnerportal.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.PortalIntegrationTest;
import com.partnerportal.support.TestData;
import com.partnerportal.support.TestTenants;
import com.partnerportal.support.TestTenants.Tenant;
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
 * errors. Titles name the site in every language.
 */
@PortalIntegrationTest
class AccessibleFormsWebTest {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern TAG_WITH_ID = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>");

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
	void everyInvalidFieldOfTheInvitationFormIsMarkedAndTiedToItsMessage() throws Exception {
		String page = this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(this.sales))
				.param("companyName", "")
				.param("contactName", "")
				.param("email", "not-an-email")
				.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(title(page)).isEqualTo("Error: New trial invitation · Partner Portal");
		assertEveryInvalidControlIsDescribedAndSummarized(page);
		// the offers' message belongs to their fieldset (legend + described-by) and each
		// box
		assertThat(tag(page, "offerCodes")).startsWith("<fieldset").contains("offerCodes-error");
		assertThat(tag(page, "offer-MAIL_PLAN_1")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"offerCodes-error\"");
		assertThat(tag(page, "email")).contains("aria-invalid=\"true\"");
		assertThat(summaryLinks(page)).contains("offerCodes", "companyName", "contactName", "email");
		// a valid field is not marked
		assertThat(tag(page, "language")).doesNotContain("aria-invalid");
	}

	@Test
	void aRejectedOfferLineQuantityIsTiedToItsOwnField() throws Exception {
		String page = this.mvc
			.perform(post("/partner/offers").with(csrf())
				.with(user(this.sales))
				.param("companyName", "Adatum")
				.param("contactName", "Casey")
				.param("email", TestData.uniqueEmail("a11y"))
				.param("language", "en")
				.param("validDays", "30")
				.param("lines[0].offerCode", "MAIL_PLAN_1")
				.param("lines[0].quantity", "0")
				.param("lines[0].billingTerm", "MONTHLY"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(tag(page, "lines0.quantity")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"lines0.quantity-error\"");
		assertThat(page).contains("id=\"lines0.quantity-error\"");
		assertThat(summaryLinks(page)).containsExactly("lines0.quantity");
		assertEveryInvalidControlIsDescribedAndSummarized(page);
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

		assertThat(tag(page, "lines")).startsWith("<fieldset").contains("lines-error");
		assertThat(page).contains("id=\"lines-error\"");
		assertThat(summaryLinks(page)).containsExactly("lines");
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

		assertThat(title(page)).startsWith("Error: Request a data migration · Partner Portal");
		assertThat(tag(page, "sourceSystem")).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"sourceSystem-error\"");
		assertThat(tag(page, "mailboxIds")).startsWith("<fieldset").contains("mailboxIds-error");
		assertThat(summaryLinks(page)).contains("sourceSystem", "mailboxIds");
		assertEveryInvalidControlIsDescribedAndSummarized(page);
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
		assertThat(title(page)).isEqualTo("Error: Partners · Partner Portal");
		assertThat(tag(page, field)).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"" + field + "-error\"");
		assertThat(summaryLinks(page)).containsExactly(field);
		assertEveryInvalidControlIsDescribedAndSummarized(page);
	}

	@Test
	void pageTitlesNameTheSiteInEveryLanguage() throws Exception {
		assertThat(title(page(get("/login")))).isEqualTo("Sign in · Partner Portal");
		assertThat(title(page(get("/login").param("lang", "ja")))).isEqualTo("サインイン · パートナー ポータル");
		assertThat(title(page(get("/login").param("lang", "ko")))).isEqualTo("로그인 · 파트너 포털");
		assertThat(title(page(get("/partner/invitations/new").with(user(this.sales)))))
			.isEqualTo("New trial invitation · Partner Portal");
		// the home page is the site: its name once
		assertThat(title(page(get("/")))).isEqualTo("Partner Portal");
	}

	@Test
	void aRejectedFormIsTitledAsAnErrorInEveryLanguage() throws Exception {
		assertThat(title(rejectedInvitation("ja"))).isEqualTo("エラー: 新しい試用版の招待 · パートナー ポータル");
		assertThat(title(rejectedInvitation("ko"))).isEqualTo("오류: 새 평가판 초대 · 파트너 포털");
	}

	private String rejectedInvitation(String language) throws Exception {
		return this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(this.sales))
				.param("lang", language)
				.param("language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/**
	 * Each control marked invalid names, in aria-describedby, elements that exist; one of
	 * them holds its message; the error summary takes the focus (data-error-summary,
	 * tabindex -1) and each of its links leads to an element of the page.
	 */
	private static void assertEveryInvalidControlIsDescribedAndSummarized(String page) {
		Set<String> ids = ids(page);
		Matcher invalid = Pattern.compile("<(input|select|textarea)\\b[^>]*aria-invalid=\"true\"[^>]*>").matcher(page);
		int count = 0;
		while (invalid.find()) {
			count++;
			Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(invalid.group());
			assertThat(describedBy.find()).as("aria-describedby of %s", invalid.group()).isTrue();
			List<String> described = List.of(describedBy.group(1).split(" "));
			assertThat(ids).as("elements described by %s", invalid.group()).containsAll(described);
			assertThat(described).as("a message among what describes %s", invalid.group())
				.anyMatch((id) -> id.endsWith("-error") || page.contains("id=\"" + id.replace("-help", "-error")));
		}
		assertThat(count).as("controls marked aria-invalid").isPositive();
		assertThat(tag(page, "error-summary")).contains("data-error-summary").contains("tabindex=\"-1\"");
		assertThat(ids).containsAll(summaryLinks(page));
		assertThat(page).contains("/js/form-errors.js");
	}

	private static List<String> summaryLinks(String page) {
		int start = page.indexOf("id=\"error-summary\"");
		assertThat(start).as("an error summary").isPositive();
		String summary = page.substring(start, page.indexOf("</div>", start));
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("<a href=\"#([^\"]+)\"").matcher(summary);
		while (link.find()) {
			links.add(link.group(1));
		}
		return links;
	}

	private static String title(String page) {
		Matcher title = TITLE.matcher(page);
		assertThat(title.find()).as("a title").isTrue();
		return title.group(1).strip();
	}

	private static Set<String> ids(String page) {
		Set<String> ids = new LinkedHashSet<>();
		Matcher tag = TAG_WITH_ID.matcher(page);
		while (tag.find()) {
			ids.add(tag.group(1));
		}
		return ids;
	}

	private static String tag(String page, String id) {
		Matcher tag = Pattern.compile("<[a-z]+\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		assertThat(tag.find()).as("an element with id %s", id).isTrue();
		return tag.group();
	}

}
