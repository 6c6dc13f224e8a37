package com.partnerportal.availability;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Invariant 11, the entry points {@link FeatureAvailabilityEntryPointsTest} leaves to
 * this one: the forms (GET) of a feature switched off, or planned, in the partner's cloud
 * instance show it disabled with the reason and the planned date; and the emailed link of
 * an invitation that carries a delegated-admin request, while delegated administration is
 * switched off there, offers the approval disabled, says why and when, and refuses an
 * approval posted anyway (403, nothing changed), while accepting without it works.
 */
@PortalIntegrationTest
class SwitchedOffFeatureFormsTest {

	private static final String REASON = "Planned by the availability forms test";

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
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	AvailabilitySwitch features;

	PortalUser seller;

	Tenant tenant;

	LocalDate plannedOn;

	@BeforeEach
	void setUp() {
		this.features = new AvailabilitySwitch(this.availability);
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.values());
		UUID partnerId = this.partners.register(TestData.unique("Vianet Forms"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		this.seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(this.seller, false, "MAIL_PLAN_1");
		this.plannedOn = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC).plusMonths(4);
	}

	@AfterEach
	void restoreDefaults() {
		this.features.restoreDefaults();
	}

	static Stream<Arguments> forms() {
		return Stream.of(
				form("new trial invitation", PartnerFeature.TRIAL_INVITATIONS, "send-invitation",
						(t) -> get("/partner/invitations/new")),
				form("new purchase offer", PartnerFeature.PURCHASE_OFFERS, "send-offer",
						(t) -> get("/partner/offers/new")),
				form("new delegated-admin request", PartnerFeature.DELEGATED_ADMIN, "send-delegated-admin-request",
						(t) -> get("/partner/delegated-admin-requests/new")),
				form("a customer's page", PartnerFeature.DELEGATED_ADMIN, "request-delegated-admin",
						(t) -> get("/partner/customers/{id}", t.customerId())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("forms")
	void aFormOfAPlannedFeatureIsDisabledWithTheReasonAndTheDate(String name, PartnerFeature feature, String button,
			Function<Tenant, MockHttpServletRequestBuilder> request) throws Exception {
		this.features.planned(CloudInstance.CHINA_21VIANET, REASON, this.plannedOn, feature);

		String page = page(request.apply(this.tenant).with(user(this.seller)));

		assertThat(page).as(name)
			.contains("id=\"feature-notice-" + feature + "\"", REASON, plannedOnText())
			.containsPattern("(?s)<button[^>]*id=\"" + button + "\"[^>]*disabled");

		this.features.on(CloudInstance.CHINA_21VIANET, feature);
		String enabled = page(request.apply(this.tenant).with(user(this.seller)));
		assertThat(enabled).as(name)
			.doesNotContain("feature-notice-" + feature)
			.doesNotContainPattern("(?s)<button[^>]*id=\"" + button + "\"[^>]*disabled");
	}

	@Test
	void theLinkOfAnInvitationWithADelegatedAdminRequestOffersTheApprovalDisabledAndRefusesIt() throws Exception {
		String email = TestData.uniqueEmail("vianet-dap");
		this.invitations.send(this.seller, new NewTrialInvitation(null, "Vianet DAP Customer", "Wang Wei", email, "en",
				null, List.of("MAIL_PLAN_1"), true, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
		this.features.planned(CloudInstance.CHINA_21VIANET, REASON, this.plannedOn, PartnerFeature.DELEGATED_ADMIN);

		String page = page(get("/invitations/{token}", token));
		assertThat(page).contains("id=\"feature-notice-DELEGATED_ADMIN\"", REASON, plannedOnText())
			.containsPattern("(?s)<input[^>]*id=\"approvedRoles-USERS_AND_LICENSES\"[^>]*disabled")
			.containsPattern("(?s)<input[^>]*id=\"approvedRoles-USERS_AND_LICENSES\"[^>]*aria-describedby=\"[^\"]*"
					+ "feature-notice-DELEGATED_ADMIN\"");

		String prefix = TestData.unique("vianetdap").toLowerCase(Locale.ROOT);
		int refused = this.mvc.perform(accept(token, prefix).param("approveDelegatedAdmin", "true"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(refused).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from customer where domain_prefix = ?", Integer.class,
				prefix))
			.isZero();

		int accepted = this.mvc.perform(accept(token, prefix)).andReturn().getResponse().getStatus();
		assertThat(accepted).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from delegated_admin d join customer c on c.id = d.customer_id
				where c.domain_prefix = ?""", Integer.class, prefix)).isZero();
	}

	private MockHttpServletRequestBuilder accept(String token, String prefix) {
		return post("/invitations/{token}/accept", token).with(csrf())
			.param("organizationName", "Vianet DAP Customer")
			.param("domainPrefix", prefix)
			.param("adminName", "Wang Wei")
			.param("password", "a-good-password")
			.param("passwordConfirmation", "a-good-password");
	}

	private String plannedOnText() {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(this.plannedOn);
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(request.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static Arguments form(String name, PartnerFeature feature, String button,
			Function<Tenant, MockHttpServletRequestBuilder> request) {
		return Arguments.of(name, feature, button, request);
	}

}
