package com.partnerportal.review.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.audit.ActivityLog;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.review.Reviews;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reviews on the real database: only a customer whose delegated admin the partner has
 * been for 30 days (on the test clock) reviews it, once; the back office publishes or
 * rejects; the partner answers once; the marketplace's fragment shows what is published.
 */
@PortalIntegrationTest
class ReviewFlowWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Reviews reviews;

	@Autowired
	ActivityLog activityLog;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser partnerAdmin;

	Tenant tenant;

	final PortalUser moderator = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	final PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerAdmin = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(this.partnerAdmin, true);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDelegatedAdminOfLessThanThirtyDaysCannotBeReviewed() throws Exception {
		this.clock.advance(Duration.ofDays(29));
		this.mvc.perform(get("/customer/reviews/" + this.partnerId + "/new").with(user(this.tenant.admin())))
			.andExpect(status().isForbidden());
		this.mvc.perform(write(this.tenant, "5", "Great")).andExpect(status().isForbidden());
		assertThat(this.mvc.perform(get("/customer/reviews").with(user(this.tenant.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("nothing-to-review");
		assertThat(count()).isZero();
	}

	@Test
	void aCustomerWithoutARelationshipCannotReview() throws Exception {
		Tenant stranger = this.tenants.acceptedTrial();
		this.clock.advance(Duration.ofDays(31));
		this.mvc.perform(write(stranger, "1", "Never worked with them")).andExpect(status().isForbidden());
		assertThat(count()).isZero();
	}

	@Test
	void afterThirtyDaysTheCustomerReviewsOnceTheBackOfficePublishesAndThePartnerAnswersOnce() throws Exception {
		this.clock.advance(Duration.ofDays(30));
		assertThat(this.mvc.perform(get("/customer/reviews").with(user(this.tenant.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("review-" + this.partnerId);

		this.mvc.perform(write(this.tenant, "4", "Quick and helpful."))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "review.flash.written"));
		UUID reviewId = this.jdbc.queryForObject("select id from review where partner_id = ? and state = 'PENDING'",
				UUID.class, this.partnerId);
		this.mvc.perform(write(this.tenant, "5", "Again")).andExpect(status().isConflict());
		assertThat(count()).isEqualTo(1);

		assertThat(fragment()).contains("no-published-reviews").doesNotContain("Quick and helpful.");
		assertThat(this.mvc.perform(get("/admin").with(user(this.moderator)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/admin/reviews?state=PENDING");

		this.mvc.perform(post("/admin/reviews/" + reviewId + "/publish").with(csrf()).with(user(this.supportAgent)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reviews/" + reviewId + "/publish").with(csrf()).with(user(this.moderator)))
			.andExpect(status().isFound());
		this.mvc.perform(post("/admin/reviews/" + reviewId + "/publish").with(csrf()).with(user(this.moderator)))
			.andExpect(status().isConflict());
		assertThat(fragment()).contains("published-review-" + reviewId, "Quick and helpful.", "4.0 out of 5");

		this.mvc
			.perform(post("/partner/reviews/" + reviewId + "/answer").with(csrf())
				.with(user(this.partnerAdmin))
				.param("answer", ""))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/partner/reviews/" + reviewId + "/answer").with(csrf())
				.with(user(this.partnerAdmin))
				.param("answer", "Thank you!"))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/partner/reviews/" + reviewId + "/answer").with(csrf())
				.with(user(this.partnerAdmin))
				.param("answer", "Thank you again!"))
			.andExpect(status().isConflict());
		assertThat(fragment()).contains("Thank you!").doesNotContain("Thank you again!");
		await().untilAsserted(
				() -> assertThat(this.activityLog.aboutSubject(reviewId)).extracting((entry) -> entry.action())
					.contains("REVIEW_WRITTEN", "REVIEW_PUBLISHED", "REVIEW_ANSWERED"));
	}

	@Test
	void aRejectionNeedsAReasonAndIsShownToTheCustomer() throws Exception {
		this.clock.advance(Duration.ofDays(31));
		this.mvc.perform(write(this.tenant, "1", "Call me on +1 555 0100")).andExpect(status().isFound());
		UUID reviewId = this.jdbc.queryForObject("select id from review where partner_id = ?", UUID.class,
				this.partnerId);

		this.mvc.perform(post("/admin/reviews/" + reviewId + "/reject").with(csrf()).with(user(this.moderator)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/admin/reviews/" + reviewId + "/reject").with(csrf())
				.with(user(this.moderator))
				.param("reason", "PERSONAL_DATA"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select state from review where id = ?", String.class, reviewId))
			.isEqualTo("REJECTED");
		assertThat(this.mvc.perform(get("/customer/reviews").with(user(this.tenant.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Rejected: Contains personal data");
		this.mvc
			.perform(post("/partner/reviews/" + reviewId + "/answer").with(csrf())
				.with(user(this.partnerAdmin))
				.param("answer", "Hmm"))
			.andExpect(status().isConflict());
	}

	@Test
	void badRatingsAreShownWithTheirMessage() throws Exception {
		this.clock.advance(Duration.ofDays(31));
		this.mvc.perform(write(this.tenant, "7", "Too good")).andExpect(status().isUnprocessableContent());
		this.mvc.perform(write(this.tenant, "abc", "Too good")).andExpect(status().isUnprocessableContent());
		this.mvc.perform(write(this.tenant, "3", "x".repeat(4001))).andExpect(status().isUnprocessableContent());
		assertThat(count()).isZero();
	}

	@Test
	void theListingsReviewsFragmentHasNoHeadingOfItsOwnAndTheLinkOpensAWholePage() throws Exception {
		String fragment = this.mvc
			.perform(get("/marketplace/partners/" + this.partnerId + "/reviews").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).contains("id=\"partner-reviews\"", "No reviews yet.")
			.doesNotContainPattern("<h[1-6]")
			.doesNotContain("<html");
		String page = fragment();
		assertThat(page)
			.contains("<html", "<title>Reviews of " + this.partners.names(Set.of(this.partnerId)).get(this.partnerId))
			.containsOnlyOnce("<h1")
			.doesNotContainPattern("<h[2-6]")
			.contains("id=\"partner-reviews\"", "href=\"/marketplace/partners/" + this.partnerId + "\"");
		this.mvc.perform(get("/marketplace/partners/" + UUID.randomUUID() + "/reviews").header("HX-Request", "true"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aHiddenPartnersReviewsAreNotServed() throws Exception {
		this.jdbc.update("update partner set standing = 'HIDDEN' where id = ?", this.partnerId);
		this.mvc.perform(get("/marketplace/partners/" + this.partnerId + "/reviews")).andExpect(status().isNotFound());
	}

	private String fragment() throws Exception {
		return this.mvc.perform(get("/marketplace/partners/" + this.partnerId + "/reviews"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder write(Tenant author, String rating, String body) {
		return post("/customer/reviews/" + this.partnerId).with(csrf())
			.with(user(author.admin()))
			.param("rating", rating)
			.param("body", body);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from review where partner_id = ?", Integer.class,
				this.partnerId);
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

}
