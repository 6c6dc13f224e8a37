package com.partnerportal.availability;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Invariant 11 for the feature registry: every entry point of a feature (form POST,
 * resend, emailed link, acceptance, Partner of Record, the reminder job) refuses it in a
 * cloud instance where it is switched off, with a 403 page that names the feature and
 * gives the reason, and changes nothing; switched on again, the same request works. The
 * partner and its customer are of the cloud operated by 21Vianet, where the test switches
 * the features itself.
 */
@PortalIntegrationTest
class FeatureAvailabilityEntryPointsTest {

	private static final String REASON = "Switched off by the availability test";

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
	PurchaseOffers purchaseOffers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	AvailabilitySwitch features;

	Fixture fixture;

	@BeforeEach
	void setUp() {
		this.features = new AvailabilitySwitch(this.availability);
		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.values());
		UUID partnerId = vianetPartner();
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		Tenant tenant = this.tenants.acceptedTrial(seller, false, "MAIL_PLAN_1");
		String email = TestData.uniqueEmail("vianet");
		UUID invitationId = this.invitations.send(seller, new NewTrialInvitation(null, "Vianet Customer", "Wang Wei",
				email, "en", null, List.of("MAIL_PLAN_1"), false, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
		this.fixture = new Fixture(partnerId, seller, tenant, invitationId, token, vianetPartner());
	}

	@AfterEach
	void restoreDefaults() {
		this.features.restoreDefaults();
		this.clock.reset();
	}

	static Stream<Arguments> entryPoints() {
		return Stream.of(
				entryPoint("send a trial invitation", PartnerFeature.TRIAL_INVITATIONS,
						(f) -> newTrialInvitation(f, false)),
				entryPoint("send a trial invitation with a delegated-admin request", PartnerFeature.DELEGATED_ADMIN,
						(f) -> newTrialInvitation(f, true)),
				entryPoint("resend a trial invitation", PartnerFeature.TRIAL_INVITATIONS,
						(f) -> post("/partner/invitations/{id}/resend", f.invitationId()).with(csrf())
							.with(user(f.seller()))),
				entryPoint("send a purchase offer", PartnerFeature.PURCHASE_OFFERS,
						(f) -> post("/partner/offers").with(csrf())
							.with(user(f.seller()))
							.param("companyName", "Offer Customer")
							.param("contactName", "Li Na")
							.param("email", TestData.uniqueEmail("offer"))
							.param("language", "en")
							.param("validDays", "30")
							.param("lines[0].offerCode", "MAIL_PLAN_1")
							.param("lines[0].quantity", "2")
							.param("lines[0].billingTerm", "MONTHLY")),
				entryPoint("request delegated admin of a tenant by its domain", PartnerFeature.DELEGATED_ADMIN,
						(f) -> post("/partner/delegated-admin-requests").with(csrf())
							.with(user(f.seller()))
							.param("domain", f.tenant().domain())
							.param("delegatedRoles", "GROUPS")
							.param("delegatedDays", "90")),
				entryPoint("request delegated admin of a customer", PartnerFeature.DELEGATED_ADMIN,
						(f) -> post("/partner/customers/{id}/delegated-admin-request", f.tenant().customerId())
							.with(csrf())
							.with(user(f.seller()))
							.param("delegatedRoles", "GROUPS")
							.param("delegatedDays", "90")),
				entryPoint("open the emailed link", PartnerFeature.TRIAL_INVITATIONS,
						(f) -> get("/invitations/{token}", f.token())),
				entryPoint("accept by the emailed link", PartnerFeature.TRIAL_INVITATIONS,
						(f) -> post("/invitations/{token}/accept", f.token()).with(csrf())
							.param("organizationName", "Vianet Customer")
							.param("domainPrefix", TestData.unique("vianet").toLowerCase(Locale.ROOT))
							.param("adminName", "Wang Wei")
							.param("password", "a-good-password")
							.param("passwordConfirmation", "a-good-password")),
				entryPoint("designate a Partner of Record", PartnerFeature.PARTNER_OF_RECORD,
						(f) -> post("/customer/subscriptions/{id}/partner-of-record",
								f.tenant().subscription("MAIL_PLAN_1").id())
							.with(csrf())
							.with(user(f.tenant().admin()))
							.param("partner", f.otherPartnerId().toString())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("entryPoints")
	void refusesASwitchedOffFeatureWithItsReasonAndWorksWhenSwitchedOn(String name, PartnerFeature feature,
			Function<Fixture, MockHttpServletRequestBuilder> request) throws Exception {
		this.features.off(CloudInstance.CHINA_21VIANET, REASON, feature);
		Map<String, Object> before = dataOf(this.fixture);

		MvcResult refused = this.mvc.perform(request.apply(this.fixture)).andReturn();

		assertThat(refused.getResponse().getStatus()).as(name).isEqualTo(403);
		assertThat(refused.getResponse().getContentAsString()).as(name)
			.contains("id=\"feature-not-available\"", "Not available in your cloud", REASON,
					"not available in the cloud operated by 21Vianet");
		assertThat(dataOf(this.fixture)).as("%s: nothing changed", name).isEqualTo(before);

		this.features.on(CloudInstance.CHINA_21VIANET, feature);
		MvcResult allowed = this.mvc.perform(request.apply(this.fixture)).andReturn();

		assertThat(allowed.getResponse().getStatus()).as(name).isIn(200, 302);
		assertThat(dataOf(this.fixture)).as("%s: the switched-on feature did its work", name).isNotEqualTo(before);
	}

	@Test
	void theOfferReminderJobSkipsOffersOfACloudWherePurchaseOffersAreSwitchedOff() {
		String email = TestData.uniqueEmail("reminded");
		UUID offerId = this.purchaseOffers.send(this.fixture.seller(),
				new NewPurchaseOffer(null, "Reminded Customer", "Zhang Min", email, "en", null,
						List.of(new PurchaseOfferLine("MAIL_PLAN_1", 2, BillingTerm.MONTHLY)), 2, false, null));
		this.features.off(CloudInstance.CHINA_21VIANET, REASON, PartnerFeature.PURCHASE_OFFERS);

		this.purchaseOffers.remindExpiring();

		assertThat(reminded(offerId)).as("not reminded while purchase offers are off").isFalse();

		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.PURCHASE_OFFERS);
		this.purchaseOffers.remindExpiring();

		assertThat(reminded(offerId)).as("reminded once they are on again").isTrue();
	}

	@Test
	void aCustomersPartnersPageShowsPartnerOfRecordDisabledWithTheReason() throws Exception {
		this.features.off(CloudInstance.CHINA_21VIANET, REASON, PartnerFeature.PARTNER_OF_RECORD);

		String page = this.mvc.perform(get("/customer/partners").with(user(this.fixture.tenant().admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"feature-notice-PARTNER_OF_RECORD\"",
				"Partner of Record: not available in the cloud operated by 21Vianet.", REASON);
		assertThat(page).containsPattern("(?s)<button type=\"submit\"[^>]*disabled[^>]*>Save</button>");

		this.features.on(CloudInstance.CHINA_21VIANET, PartnerFeature.PARTNER_OF_RECORD);
		String enabled = this.mvc.perform(get("/customer/partners").with(user(this.fixture.tenant().admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(enabled).doesNotContain("feature-notice-PARTNER_OF_RECORD")
			.doesNotContainPattern("disabled[^>]*>Save<");
	}

	private boolean reminded(UUID offerId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select reminder_sent_at is not null from invitation where id = ?", Boolean.class, offerId));
	}

	/**
	 * What the entry points change: the partner's invitations and their states and
	 * expiries, and the Partner of Record of the tenant's subscription.
	 */
	private Map<String, Object> dataOf(Fixture fixture) {
		return Map.of("invitations",
				this.jdbc.queryForList(
						"select id, state, expires_at, token_hash from invitation where partner_id = ? order by id",
						fixture.partnerId()),
				"partnerOfRecord",
				String.valueOf(this.jdbc.queryForObject("select partner_of_record_id from subscription where id = ?",
						UUID.class, fixture.tenant().subscription("MAIL_PLAN_1").id())));
	}

	private UUID vianetPartner() {
		UUID partnerId = this.partners.register(TestData.unique("Vianet Partner"), CloudInstance.CHINA_21VIANET,
				EnumSet.of(Program.CLOUD_ESSENTIALS), TestData.ALL_SERVICES);
		this.partners.signAgreement(partnerId, "2026-01", "Test Signer");
		return partnerId;
	}

	private static MockHttpServletRequestBuilder newTrialInvitation(Fixture f, boolean delegatedAdmin) {
		return post("/partner/invitations").with(csrf())
			.with(user(f.seller()))
			.param("companyName", "Trial Customer")
			.param("contactName", "Chen Jie")
			.param("email", TestData.uniqueEmail("trial"))
			.param("language", "en")
			.param("offerCodes", "MAIL_PLAN_1")
			.param("delegatedAdmin", String.valueOf(delegatedAdmin))
			.param("delegatedRoles", "GROUPS")
			.param("delegatedDays", "90");
	}

	private static Arguments entryPoint(String name, PartnerFeature feature,
			Function<Fixture, MockHttpServletRequestBuilder> request) {
		return Arguments.of(name, feature, request);
	}

	/**
	 * A 21Vianet partner's seller, one of its customers, an open trial invitation and its
	 * link's token, and a second 21Vianet partner.
	 */
	record Fixture(UUID partnerId, PortalUser seller, Tenant tenant, UUID invitationId, String token,
			UUID otherPartnerId) {

	}

}
