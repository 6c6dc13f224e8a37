package com.partnerportal.marketplace.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.marketplace.ListingStatus;
import com.partnerportal.marketplace.Listings;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The marketplace's pages over MockMvc: who may write a listing and decide on it, bad
 * input on the listing form, the review and the public search (each a localized message
 * and a 4xx, nothing saved), and the public pages without an account.
 */
@PortalIntegrationTest
class MarketplaceWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Partners partners;

	@Autowired
	Listings listings;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser partnerAdmin;

	PortalUser salesAgent;

	PortalUser admin;

	PortalUser supportAgent;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(Set.of("MAIL", "MEETINGS"));
		this.partnerAdmin = this.partners.findForSignIn(this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN))
			.orElseThrow();
		this.salesAgent = this.partners.findForSignIn(this.testData.user(this.partnerId, PartnerRole.SALES_AGENT))
			.orElseThrow();
		this.admin = this.backOffice.findForSignIn("admin@operator.example").orElseThrow();
		this.supportAgent = this.backOffice.findForSignIn("support@operator.example").orElseThrow();
		assertThat(this.supportAgent.hasRole(BackOfficeRole.SUPPORT_AGENT.name())).isTrue();
	}

	@Test
	void onlyAPartnerAdminWritesTheListing() throws Exception {
		this.mvc.perform(get("/partner/listing").with(user(this.salesAgent))).andExpect(status().isForbidden());
		this.mvc.perform(listing().with(user(this.salesAgent))).andExpect(status().isForbidden());
		this.mvc.perform(get("/partner/listing")).andExpect(status().is3xxRedirection());
		String page = page(this.mvc.perform(get("/partner/listing").with(user(this.partnerAdmin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains("Your marketplace listing", "You have no listing yet")
			.contains("services-MAIL", "services-MEETINGS")
			.doesNotContain("services-SECURITY");
		this.mvc.perform(listing().with(user(this.partnerAdmin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/partner/listing"))
			.andExpect(flash().attribute("flash", "marketplace.listing.flash.submitted"));
		assertThat(this.listings.ofPartner(this.partnerId).orElseThrow().isPending()).isTrue();
	}

	@Test
	void badListingInputIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
		// too short, no region, a service the partner is not authorized for
		String page = page(this.mvc
			.perform(post("/partner/listing").with(user(this.partnerAdmin))
				.with(csrf())
				.param("descriptionEn", "Short")
				.param("services", "MAIL")
				.param("languages", "ENGLISH")
				.param("cloudInstances", "GLOBAL")
				.param("customerSizes", "SMALL")
				.param("contactPreferences", "EMAIL"))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page).contains("Write an English description of 20 to 2,000 characters.", "Choose at least one.",
				"id=\"descriptionEn-error\"", "id=\"regions-error\"");

		page = page(this.mvc.perform(listing().param("services", "SECURITY").with(user(this.partnerAdmin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page).contains("Choose only services your organization is authorized for.");

		page = page(this.mvc.perform(listing().param("regions", "ATLANTIS").with(user(this.partnerAdmin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(page).contains("id=\"regions-error\"");

		this.mvc.perform(listing().param("descriptionJa", "長".repeat(2001)).with(user(this.partnerAdmin)))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.listings.ofPartner(this.partnerId)).isEmpty();
		UUID other = this.testData.signedPartner(Set.of("MAIL"));
		PortalUser otherAdmin = this.partners.findForSignIn(this.testData.user(other, PartnerRole.PARTNER_ADMIN))
			.orElseThrow();
		this.mvc.perform(post("/partner/listing").with(user(otherAdmin)).param("descriptionEn", "No CSRF token here."))
			.andExpect(status().isForbidden());
		assertThat(this.listings.ofPartner(other)).isEmpty();
	}

	@Test
	void theBackOfficeReviewsAndOnlyItsAdminsDecide() throws Exception {
		ListingStatus status = this.listings.submit(this.partnerAdmin,
				new ListingForm("We run mail for shops in Europe and beyond.", "", "", Set.of("MAIL"), null,
						Set.of(com.partnerportal.marketplace.Region.EUROPE),
						Set.of(com.partnerportal.marketplace.SpokenLanguage.ENGLISH),
						Set.of(com.partnerportal.platform.CloudInstance.GLOBAL),
						Set.of(com.partnerportal.marketplace.CustomerSize.SMALL),
						Set.of(com.partnerportal.marketplace.ContactPreference.EMAIL))
					.toDraft());
		String queue = page(this.mvc.perform(get("/admin/listings").with(user(this.supportAgent)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(queue).contains("/admin/listings/" + status.listingId());
		String review = page(
				this.mvc.perform(get("/admin/listings/" + status.listingId()).with(user(this.supportAgent)))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(review).contains("We run mail for shops in Europe and beyond.")
			.doesNotContain("id=\"approve-form\"");

		this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/approve").with(user(this.supportAgent))
				.with(csrf())
				.param("version", String.valueOf(status.version())))
			.andExpect(status().isForbidden());
		// a rejection needs a reason, and no reason longer than 500 characters
		this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/reject").with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(status.version()))
				.param("reasons[REGIONS]", " "))
			.andExpect(status().isUnprocessableContent());
		String tooLong = page(this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/reject").with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(status.version()))
				.param("reasons[REGIONS]", "x".repeat(501)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(tooLong).contains("A reason has at most 500 characters.", "id=\"reason-REGIONS-error\"");
		this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/reject").with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(status.version()))
				.param("reasons[ATLANTIS]", "Nope"))
			.andExpect(status().is4xxClientError());
		this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/approve").with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(status.version() + 7)))
			.andExpect(status().isConflict());
		assertThat(this.listings.ofPartner(this.partnerId).orElseThrow().isPending()).isTrue();

		this.mvc
			.perform(post("/admin/listings/" + status.listingId() + "/reject").with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(status.version()))
				.param("reasons[REGIONS]", "Name the countries, please."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/admin/listings/*"));
		String partnerPage = page(this.mvc.perform(get("/partner/listing").with(user(this.partnerAdmin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(partnerPage).contains("Operator’s reason: Name the countries, please.");
		this.mvc.perform(get("/admin/listings/" + UUID.randomUUID()).with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicSearchNeedsNoAccountAndAnswersBadInputWithA400() throws Exception {
		String page = page(
				this.mvc.perform(get("/marketplace").param("q", "東京")).andExpect(status().isOk()).andReturn());
		assertThat(page).contains("Contoso Cloud Partners").doesNotContain("Fabrikam Mail Services");
		assertThat(page(this.mvc.perform(get("/marketplace").param("region", "ATLANTIS"))
			.andExpect(status().isBadRequest())
			.andReturn())).contains("id=\"region-error\"");
		assertThat(page(this.mvc.perform(get("/marketplace").param("q", "x".repeat(101)))
			.andExpect(status().isBadRequest())
			.andReturn())).contains("Search with at most 100 characters.");
		assertThat(page(this.mvc.perform(get("/marketplace").param("service", "TELEPORTING"))
			.andExpect(status().isBadRequest())
			.andReturn())).contains("Choose a service from the list.");
		this.mvc.perform(get("/marketplace").param("page", "-3").param("size", "100000")).andExpect(status().isOk());
		// one-character words are left out, and the page says so; mixed scripts are fine
		assertThat(page(this.mvc.perform(get("/marketplace").param("q", "a")).andExpect(status().isOk()).andReturn()))
			.contains("id=\"q-short\"", "Words of one character are left out", "aria-describedby=\"q-help q-short\"");
		assertThat(page(this.mvc.perform(get("/marketplace").param("q", "移")).andExpect(status().isOk()).andReturn()))
			.contains("id=\"q-short\"");
		assertThat(page(
				this.mvc.perform(get("/marketplace").param("q", "contoso移行")).andExpect(status().isOk()).andReturn()))
			.contains("Contoso Cloud Partners")
			.doesNotContain("id=\"q-short\"");
		// 21Vianet: the page says why nothing is shown there
		assertThat(page(this.mvc.perform(get("/marketplace").param("instance", "CHINA_21VIANET"))
			.andExpect(status().isOk())
			.andReturn())).contains("feature-notice-MARKETPLACE", "id=\"no-results\"");

		UUID contoso = this.jdbc.queryForObject("select id from partner where name = 'Contoso Cloud Partners'",
				UUID.class);
		String listing = page(
				this.mvc.perform(get("/marketplace/partners/" + contoso)).andExpect(status().isOk()).andReturn());
		assertThat(listing).contains("Contoso Cloud Partners", "/marketplace/partners/" + contoso + "/contact",
				"/marketplace/partners/" + contoso + "/reviews", "Customers served:");
		// one heading for the reviews (the loaded fragment brings none), below the page's
		// h1
		assertThat(listing).containsOnlyOnce("<h1")
			.containsOnlyOnce("<h2")
			.containsOnlyOnce("Reviews from customers")
			.doesNotContainPattern("<h[3-6]");
		this.mvc.perform(get("/marketplace/partners/" + UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc.perform(get("/marketplace/partners/not-an-id")).andExpect(status().isBadRequest());
		// a listing waiting for its first review is not public
		UUID waiting = this.jdbc.queryForObject("select id from partner where name = 'Tailwind Cloud Consulting'",
				UUID.class);
		this.mvc.perform(get("/marketplace/partners/" + waiting)).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder listing() {
		return post("/partner/listing").with(csrf())
			.param("descriptionEn", "We run cloud mail for small shops in Europe.")
			.param("descriptionJa", "ヨーロッパの小さな店舗のクラウドメールを運用します。")
			.param("services", "MAIL")
			.param("regions", "EUROPE")
			.param("languages", "ENGLISH")
			.param("cloudInstances", "GLOBAL")
			.param("customerSizes", "SMALL")
			.param("contactPreferences", "EMAIL");
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
