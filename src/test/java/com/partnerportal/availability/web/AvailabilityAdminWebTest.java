package com.partnerportal.availability.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.AvailabilityState;
import com.partnerportal.availability.AvailabilitySwitch;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.FeatureStatus;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
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

/**
 * The back office's availability page over HTTP: who may change the registry, how a
 * change is validated and audited; the public page; and what a partner of a cloud
 * instance sees of a switched-off feature (disabled, with the reason and the planned
 * date) and of its instance (it invites only customers of it).
 */
@PortalIntegrationTest
class AvailabilityAdminWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	FeatureAvailability availability;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	AvailabilitySwitch features;

	PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	@BeforeEach
	void setUp() {
		this.features = new AvailabilitySwitch(this.availability);
	}

	@AfterEach
	void restoreDefaults() {
		this.features.restoreDefaults();
	}

	@Test
	void onlyABackOfficeAdminChangesTheRegistry() throws Exception {
		PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);
		PortalUser partnerUser = new PortalUser(UUID.randomUUID(), AccountKind.PARTNER_USER, UUID.randomUUID(),
				"paula@partner.example", "Paula", Locale.ENGLISH, Set.of("PARTNER_USER", "PARTNER_ADMIN"), null);
		PortalUser customerAdmin = new PortalUser(UUID.randomUUID(), AccountKind.CUSTOMER_ADMIN, UUID.randomUUID(),
				"alex@customer.example", "Alex", Locale.ENGLISH, Set.of("CUSTOMER_ADMIN"), null);

		for (PortalUser refused : new PortalUser[] { supportAgent, partnerUser, customerAdmin }) {
			assertThat(status(switchOn(PartnerFeature.MARKETPLACE).with(user(refused)))).as(refused.getUsername())
				.isEqualTo(403);
		}
		assertThat(status(switchOn(PartnerFeature.MARKETPLACE))).as("nobody signed in: sign in first").isEqualTo(302);
		assertThat(state(PartnerFeature.MARKETPLACE)).isEqualTo(AvailabilityState.NOT_AVAILABLE);
		assertThat(status(get("/admin/availability").with(user(supportAgent)))).as("a support agent reads it")
			.isEqualTo(200);
		assertThat(status(get("/admin/availability").with(user(partnerUser)))).isEqualTo(403);
		assertThat(status(get("/admin/availability").with(user(customerAdmin)))).isEqualTo(403);

		assertThat(this.mvc.perform(switchOn(PartnerFeature.MARKETPLACE).with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin/availability?cloudInstance=CHINA_21VIANET&feature=MARKETPLACE");
		assertThat(state(PartnerFeature.MARKETPLACE)).isEqualTo(AvailabilityState.AVAILABLE);
	}

	@Test
	void aChangeIsAuditedAndShownOnTheMatrixAndThePublicPage() throws Exception {
		LocalDate planned = LocalDate.now(ZoneOffset.UTC).plusMonths(2);
		String page = this.mvc
			.perform(post("/admin/availability").with(csrf())
				.with(user(this.admin))
				.param("cloudInstance", "CHINA_21VIANET")
				.param("feature", "DELEGATED_ADMIN")
				.param("state", "PLANNED")
				.param("reasonEn", "Delegated administration comes with the next release.")
				.param("reasonJa", "代理管理は次のリリースで提供されます。")
				.param("reasonKo", "위임된 관리는 다음 릴리스에서 제공됩니다.")
				.param("plannedOn", planned.toString())
				.param("version", String.valueOf(version(PartnerFeature.DELEGATED_ADMIN))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page).isNotNull();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select detail from audit_entry where action = 'FEATURE_AVAILABILITY_CHANGED' "
							+ "and actor_name = 'admin@operator.example' order by occurred_at desc limit 1",
					String.class))
				.isEqualTo("CHINA_21VIANET DELEGATED_ADMIN: NOT_AVAILABLE -> PLANNED (" + planned + ")"));
		String matrix = html(get("/admin/availability").with(user(this.admin)));
		assertThat(matrix).contains("id=\"cell-CHINA_21VIANET-DELEGATED_ADMIN\"",
				"Delegated administration comes with the next release.");
		String publicPage = html(get("/availability").header("Accept-Language", "ja"));
		assertThat(publicPage).contains("代理管理は次のリリースで提供されます。", "21Vianet が運用するクラウド", "予定");
		String korean = html(get("/availability").header("Accept-Language", "ko"));
		assertThat(korean).contains("위임된 관리는 다음 릴리스에서 제공됩니다.");
	}

	@Test
	void badChangesGetAMessageAtTheirFieldAnd422AndChangeNothing() throws Exception {
		long version = version(PartnerFeature.TRIAL_INVITATIONS);
		assertRejected(change(PartnerFeature.TRIAL_INVITATIONS, "PLANNED", version).param("reasonEn", "Soon.")
			.param("reasonJa", "間もなく。")
			.param("reasonKo", "곧."), "plannedOn", "A planned feature needs a date.");
		assertRejected(
				change(PartnerFeature.TRIAL_INVITATIONS, "PLANNED", version).param("reasonEn", "Soon.")
					.param("reasonJa", "間もなく。")
					.param("reasonKo", "곧.")
					.param("plannedOn", LocalDate.now(ZoneOffset.UTC).toString()),
				"plannedOn", "The planned date must be after today.");
		assertRejected(change(PartnerFeature.TRIAL_INVITATIONS, "PLANNED", version).param("plannedOn", "tomorrow"),
				"plannedOn", "Enter a date such as 2027-05-01.");
		assertRejected(change(PartnerFeature.TRIAL_INVITATIONS, "NOT_AVAILABLE", version).param("reasonEn", "No.")
			.param("reasonJa", "いいえ。"), "reasonKo", "Give the reason in this language.");
		assertRejected(
				change(PartnerFeature.TRIAL_INVITATIONS, "NOT_AVAILABLE", version).param("reasonEn", "x".repeat(501))
					.param("reasonJa", "いいえ。")
					.param("reasonKo", "아니요."),
				"reasonEn", "Use at most 500 characters.");
		assertRejected(change(PartnerFeature.TRIAL_INVITATIONS, "BOGUS", version), "state",
				"Choose a state from the list.");
		assertRejected(post("/admin/availability").with(csrf()), "cloudInstance",
				"Pick a feature and a cloud instance in the table.");

		int stale = this.mvc
			.perform(change(PartnerFeature.TRIAL_INVITATIONS, "AVAILABLE", version - 1).with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(stale).as("an edit made on an older page").isEqualTo(409);
		assertThat(state(PartnerFeature.TRIAL_INVITATIONS)).isEqualTo(AvailabilityState.NOT_AVAILABLE);
		assertThat(version(PartnerFeature.TRIAL_INVITATIONS)).isEqualTo(version);
	}

	@Test
	void aPartnersPagesShowASwitchedOffFeatureDisabledWithItsReasonAndItsCloudInstance() throws Exception {
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.values());
		this.features.off(CloudInstance.CHINA_21VIANET, "Not in this region yet", PartnerFeature.TRIAL_INVITATIONS,
				PartnerFeature.DELEGATED_ADMIN);
		UUID partnerId = this.partners.register(TestData.unique("Vianet Partner"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));

		String overview = html(get("/partner").with(user(seller)));
		assertThat(overview)
			.contains("id=\"feature-notice-TRIAL_INVITATIONS\"", "id=\"feature-notice-DELEGATED_ADMIN\"",
					"Not in this region yet")
			.doesNotContain("id=\"feature-notice-PURCHASE_OFFERS\"");
		assertThat(tag(overview, "new-invitation")).contains("disabled", "aria-disabled=\"true\"")
			.doesNotContain("href=");
		assertThat(tag(overview, "new-offer")).contains("href=\"/partner/offers/new\"").doesNotContain("disabled");

		String form = html(get("/partner/invitations/new").with(user(seller)));
		assertThat(form).contains("Trial invitations: not available in the cloud operated by 21Vianet.",
				"Not in this region yet", "id=\"cloud-instance-note\"",
				"you can invite only customers of this cloud instance");
		assertThat(tag(form, "send-invitation")).contains("disabled");
		String offerForm = html(get("/partner/offers/new").with(user(seller)));
		assertThat(offerForm).contains("works in the cloud operated by 21Vianet");
		assertThat(tag(offerForm, "send-offer")).doesNotContain("disabled");
		String requestForm = html(get("/partner/delegated-admin-requests/new").with(user(seller)));
		assertThat(requestForm).contains("Delegated administration: not available", "Not in this region yet");
		assertThat(tag(requestForm, "send-delegated-admin-request")).contains("disabled");
	}

	@Test
	void aPartnerCannotRequestDelegatedAdminOfATenantOfAnotherCloudInstance() throws Exception {
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.DELEGATED_ADMIN);
		UUID partnerId = this.partners.register(TestData.unique("Vianet Partner"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		TestTenants.Tenant globalTenant = this.tenants.acceptedTrial();

		var response = this.mvc
			.perform(post("/partner/delegated-admin-requests").with(csrf())
				.with(user(seller))
				.param("domain", globalTenant.domain()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("This tenant is in another cloud instance");
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where partner_id = ?", Integer.class,
				partnerId))
			.isZero();
	}

	private MockHttpServletRequestBuilder switchOn(PartnerFeature feature) throws Exception {
		return change(feature, "AVAILABLE", version(feature));
	}

	private MockHttpServletRequestBuilder change(PartnerFeature feature, String state, long version) {
		return post("/admin/availability").with(csrf())
			.param("cloudInstance", "CHINA_21VIANET")
			.param("feature", feature.name())
			.param("state", state)
			.param("version", String.valueOf(version));
	}

	private void assertRejected(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		var response = this.mvc.perform(request.with(user(this.admin))).andReturn().getResponse();
		assertThat(response.getStatus()).as(message).isEqualTo(422);
		String page = response.getContentAsString();
		assertThat(page).as(field).contains("id=\"" + field + "-error\"").contains(message);
	}

	private AvailabilityState state(PartnerFeature feature) {
		return status21Vianet(feature).state();
	}

	private long version(PartnerFeature feature) {
		return status21Vianet(feature).version();
	}

	private FeatureStatus status21Vianet(PartnerFeature feature) {
		return this.availability.status(feature, CloudInstance.CHINA_21VIANET);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String tag(String page, String id) {
		int at = page.indexOf("id=\"" + id + "\"");
		assertThat(at).as("element #" + id).isNotNegative();
		int start = page.lastIndexOf('<', at);
		return page.substring(start, page.indexOf('>', at) + 1);
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				(role == BackOfficeRole.BACK_OFFICE_ADMIN) ? "admin@operator.example" : "support@operator.example",
				"Olga Operator", Locale.ENGLISH, Set.of(role.name()), null);
	}

}
