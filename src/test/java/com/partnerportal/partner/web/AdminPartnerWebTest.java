package com.partnerportal.partner.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerEnrollments;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, items 2 and 3: the back office finds partners (name, ID, filters), shows a
 * partner's page to both roles, and only a back-office admin changes its standing, its
 * enrollments and service types (with a reason, validated at the field, audited and
 * mailed), answers enrollment requests and publishes agreement versions.
 */
@PortalIntegrationTest
class AdminPartnerWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	PartnerEnrollments enrollments;

	@Autowired
	PartnerAgreements agreements;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	private final PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	private final PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);

	private UUID partnerId;

	private String partnerName;

	private PortalUser partnerAdmin;

	private String publishedLabel;

	@BeforeEach
	void partner() {
		this.partnerId = this.testData.signedPartner(Set.of("MAIL", "ARCHIVING"));
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.partnerAdmin = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN));
	}

	@AfterEach
	void removeThePublishedVersion() {
		if (this.publishedLabel != null) {
			this.jdbc.update("delete from partner_agreement_version where label = ?", this.publishedLabel);
		}
	}

	@Test
	void findsAPartnerByNameByIdAndByFilters() throws Exception {
		assertThat(found("q", this.partnerName.toUpperCase(Locale.ROOT))).isTrue();
		assertThat(found("q", this.partnerId.toString())).isTrue();
		assertThat(found("q", "%")).isFalse();
		assertThat(found("q", this.partnerName, "standing", "SALES_FROZEN")).isFalse();
		assertThat(found("q", this.partnerName, "program", "CLOUD_ESSENTIALS", "cloudInstance", "GLOBAL")).isTrue();
		assertThat(found("q", this.partnerName, "program", "CLOUD_DEPLOYMENT")).isFalse();
		// signed 2026-01, the current version is newer
		assertThat(found("q", this.partnerName, "agreement", "BEHIND")).isTrue();
		assertThat(found("q", this.partnerName, "agreement", "NOT_SIGNED")).isFalse();
		assertThat(found("q", this.partnerName, "sort", "createdAt,desc")).isTrue();
		this.mvc.perform(get("/admin/partners").param("standing", "DELETED").with(user(this.admin)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void bothRolesReadAPartnersPage() throws Exception {
		for (PortalUser reader : new PortalUser[] { this.admin, this.supportAgent }) {
			String page = page(this.mvc.perform(get("/admin/partners/{id}", this.partnerId).with(user(reader)))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page).contains(this.partnerName, this.partnerAdmin.getUsername(), "2026-01", "Test Signer");
		}
		this.mvc.perform(get("/admin/partners/{id}", UUID.randomUUID()).with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void onlyABackOfficeAdminChangesAStanding() throws Exception {
		this.mvc
			.perform(post("/admin/partners/{id}/standing", this.partnerId).param("standing", "SUSPENDED")
				.param("reason", "Fraud")
				.with(csrf())
				.with(user(this.supportAgent)))
			.andExpect(status().isForbidden());
		assertThat(this.partners.partner(this.partnerId).standing()).isEqualTo(Standing.ACTIVE);
	}

	@Test
	void aStandingChangeNeedsAReasonAndIsAuditedAndMailed() throws Exception {
		String missing = page(this.mvc
			.perform(post("/admin/partners/{id}/standing", this.partnerId).param("standing", "SALES_FROZEN")
				.param("reason", " ")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(missing).contains(english("admin.partner.reason.required"));
		String same = page(this.mvc
			.perform(post("/admin/partners/{id}/standing", this.partnerId).param("standing", "ACTIVE")
				.param("reason", "Nothing")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(same).contains(english("admin.partner.standing.unchanged"));
		assertThat(this.partners.partner(this.partnerId).standing()).isEqualTo(Standing.ACTIVE);

		this.mvc
			.perform(post("/admin/partners/{id}/standing", this.partnerId).param("standing", "HIDDEN")
				.param("reason", "Listing under review")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/partners/" + this.partnerId));

		assertThat(this.partners.partner(this.partnerId).standing()).isEqualTo(Standing.HIDDEN);
		assertThat(this.partners.partner(this.partnerId).isListed()).isFalse();
		TestMailServer.awaitMail(this.partnerAdmin.getUsername(), this.partnerName);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select detail from audit_entry where partner_id = ? and action = 'PARTNER_HIDDEN'", String.class,
					this.partnerId))
				.contains("Listing under review"));
	}

	@Test
	void changesEnrollmentsAndServiceTypesWithAReason() throws Exception {
		String unknown = page(this.mvc
			.perform(post("/admin/partners/{id}/enrollments", this.partnerId).param("programs", "CLOUD_ACCELERATE")
				.param("services", "MAIL", "TELEPORTATION")
				.param("reason", "Upgrade")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(unknown).contains(english("admin.partner.services.unknown"));

		this.mvc
			.perform(post("/admin/partners/{id}/enrollments", this.partnerId).param("programs", "CLOUD_ACCELERATE")
				.param("services", "MAIL", "MEETINGS")
				.param("reason", "Upgrade")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isFound());

		assertThat(this.partners.partner(this.partnerId).programs()).containsExactly(Program.CLOUD_ACCELERATE);
		assertThat(this.partners.partner(this.partnerId).authorizedServiceCodes()).containsExactlyInAnyOrder("MAIL",
				"MEETINGS");
		assertThat(TestMailServer.body(TestMailServer.awaitMail(this.partnerAdmin.getUsername(), this.partnerName)))
			.contains("CLOUD_ACCELERATE", "Upgrade");
	}

	@Test
	void grantsAnEnrollmentRequestOnceAndDeclinesOnlyWithAReason() throws Exception {
		UUID request = this.enrollments.request(this.partnerAdmin, Program.CLOUD_DEPLOYMENT);

		this.mvc
			.perform(post("/admin/partners/{id}/enrollment-requests/{r}/decline", this.partnerId, request)
				.param("reason", "")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/admin/partners/{id}/enrollment-requests/{r}/grant", this.partnerId, request).with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isFound());
		String again = page(this.mvc
			.perform(post("/admin/partners/{id}/enrollment-requests/{r}/grant", this.partnerId, request).with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isConflict())
			.andReturn());

		assertThat(again).contains(english("admin.partner.request.decided"));
		assertThat(this.partners.partner(this.partnerId).programs()).contains(Program.CLOUD_DEPLOYMENT);
		// another partner's request is not found under this partner
		UUID other = this.testData.signedPartner(Set.of("MAIL"));
		this.mvc
			.perform(post("/admin/partners/{id}/enrollment-requests/{r}/grant", other, request).with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isNotFound());
	}

	@Test
	void publishesAVersionAndCountsItsAcceptances() throws Exception {
		this.publishedLabel = TestData.unique("v");
		String taken = page(this.mvc
			.perform(post("/admin/agreements").param("label", "2026-01")
				.param("textEn", "Text")
				.param("textJa", "本文")
				.param("textKo", "본문")
				.param("gracePeriodDays", "30")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(taken).contains(
				this.messages.getMessage("admin.agreement.label.taken", new Object[] { "2026-01" }, Locale.ENGLISH));
		this.mvc
			.perform(post("/admin/agreements").param("label", "bad label!")
				.param("textEn", "")
				.param("gracePeriodDays", "999")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(post("/admin/agreements").param("label", this.publishedLabel)
				.param("textEn", "Text")
				.param("textJa", "本文")
				.param("textKo", "본문")
				.param("gracePeriodDays", "60")
				.with(csrf())
				.with(user(this.supportAgent)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/agreements").param("label", this.publishedLabel)
				.param("textEn", "Text")
				.param("textJa", "本文")
				.param("textKo", "본문")
				.param("gracePeriodDays", "60")
				.with(csrf())
				.with(user(this.admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/agreements"));

		assertThat(this.agreements.current().orElseThrow().label()).isEqualTo(this.publishedLabel);
		String page = page(this.mvc.perform(get("/admin/agreements").with(user(this.supportAgent)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page).contains(this.publishedLabel, "2026-01");
		assertThat(this.agreements.versions()).filteredOn((v) -> v.label().equals(this.publishedLabel))
			.singleElement()
			.satisfies((v) -> assertThat(v.acceptances()).isZero());
	}

	/**
	 * Whether the list found the test's partner (its link; the search box repeats the
	 * name).
	 */
	private boolean found(String... parameters) throws Exception {
		return list(parameters).contains("href=\"/admin/partners/" + this.partnerId + "\"");
	}

	private String list(String... parameters) throws Exception {
		var request = get("/admin/partners").with(user(this.admin));
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return page(this.mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private String english(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
