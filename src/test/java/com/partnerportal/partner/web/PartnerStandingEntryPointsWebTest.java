package com.partnerportal.partner.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.NewAgreementVersion;
import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerRefusedException;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerStandings;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 10, item 4: each standing is enforced at every entry point, and the partner is
 * told why. Sales frozen: the trial invitation, purchase offer and delegated-admin
 * request forms say why they are disabled, their POSTs and a resend are refused with the
 * operator's reason, nothing is saved, and the partner keeps serving its customers
 * (tenant console, revoking what it sent). Suspended: every partner page and its
 * delegated access stop on the next request, and an emailed link of its invitation cannot
 * be accepted. Past the grace period of a newer agreement version, sales freeze the same
 * way.
 */
@PortalIntegrationTest
class PartnerStandingEntryPointsWebTest {

	private static final String REASON = "Unpaid invoices since March";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants testTenants;

	@Autowired
	Partners partners;

	@Autowired
	PartnerStandings standings;

	@Autowired
	PartnerAgreements agreements;

	@Autowired
	Invitations invitations;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private UUID partnerId;

	private PortalUser seller;

	private PortalUser adminAgent;

	private Tenant customer;

	private UUID sentInvitation;

	private String publishedLabel;

	@BeforeEach
	void partnerWithACustomerAndAnOpenInvitation() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.seller = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN, PartnerRole.SALES_AGENT));
		this.adminAgent = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT));
		this.customer = this.testTenants.acceptedTrial(this.seller, true, "MAIL_PLAN_1");
		this.sentInvitation = this.invitations.send(this.seller, new NewTrialInvitation(null, "Open Company",
				"Olive Open", TestData.uniqueEmail("open"), "en", null, List.of("MAIL_PLAN_1"), false, null, null));
	}

	@AfterEach
	void removeThePublishedVersion() {
		this.clock.reset();
		if (this.publishedLabel != null) {
			this.jdbc.update("delete from partner_agreement_acceptance where agreement_version_id in"
					+ " (select id from partner_agreement_version where label = ?)", this.publishedLabel);
			this.jdbc.update("delete from partner_agreement_version where label = ?", this.publishedLabel);
		}
	}

	@Test
	void salesFrozenRefusesEverythingNewWithTheReasonAndKeepsServingCustomers() throws Exception {
		this.standings.change(operator(), this.partnerId, Standing.SALES_FROZEN, REASON);
		int before = invitationsOfPartner();
		String refusal = message("partner.standing.refused.SALES_FROZEN", REASON);

		// the forms say why they are disabled
		for (String form : new String[] { "/partner/invitations/new", "/partner/offers/new",
				"/partner/delegated-admin-requests/new" }) {
			String page = page(
					this.mvc.perform(get(form).with(user(this.seller))).andExpect(status().isOk()).andReturn());
			assertThat(page).as(form).contains(refusal, "id=\"selling-refused\"", "disabled=\"disabled\"");
		}
		// and every page carries the banner with the reason
		assertThat(page(this.mvc.perform(get("/partner").with(user(this.seller))).andReturn()))
			.contains("id=\"standing-banner\"", REASON);

		// every POST that sells is refused with the reason
		assertRefused(post("/partner/invitations").param("companyName", "New Co")
			.param("contactName", "Nina New")
			.param("email", TestData.uniqueEmail("new"))
			.param("language", "en")
			.param("offerCodes", "MAIL_PLAN_1"), refusal);
		assertRefused(post("/partner/offers").param("companyName", "New Co")
			.param("contactName", "Nina New")
			.param("email", TestData.uniqueEmail("new"))
			.param("language", "en")
			.param("validDays", "30")
			.param("lines[0].offerCode", "MAIL_PLAN_1")
			.param("lines[0].quantity", "2")
			.param("lines[0].billingTerm", "MONTHLY"), refusal);
		assertRefused(post("/partner/delegated-admin-requests").param("domain", this.customer.domain()), refusal);
		assertRefused(post("/partner/customers/{id}/delegated-admin-request", this.customer.customerId()), refusal);
		assertRefused(post("/partner/invitations/{id}/resend", this.sentInvitation), refusal);
		assertThat(invitationsOfPartner()).isEqualTo(before);

		// existing customers are still served, and what was sent can be withdrawn
		this.mvc.perform(get("/tenants/{id}/users", this.customer.customerId()).with(user(this.adminAgent)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/partner/customers").with(user(this.seller))).andExpect(status().isOk());
		this.mvc
			.perform(post("/partner/invitations/{id}/revoke", this.sentInvitation).param("confirmed", "true")
				.with(csrf())
				.with(user(this.seller)))
			.andExpect(status().isFound());

		// reinstated: it sells again
		this.standings.change(operator(), this.partnerId, Standing.ACTIVE, "Invoices paid");
		this.mvc
			.perform(post("/partner/invitations").param("companyName", "New Co")
				.param("contactName", "Nina New")
				.param("email", TestData.uniqueEmail("new"))
				.param("language", "en")
				.param("offerCodes", "MAIL_PLAN_1")
				.with(csrf())
				.with(user(this.seller)))
			.andExpect(status().isFound());
		assertThat(invitationsOfPartner()).isEqualTo(before + 1);
	}

	@Test
	void suspendedStopsEveryPartnerPageAndItsDelegatedAccessOnTheNextRequest() throws Exception {
		this.mvc.perform(get("/tenants/{id}/users", this.customer.customerId()).with(user(this.adminAgent)))
			.andExpect(status().isOk());

		this.standings.change(operator(), this.partnerId, Standing.SUSPENDED, REASON);

		for (String page : new String[] { "/partner", "/partner/invitations", "/partner/customers",
				"/partner/agreement", "/partner/invitations/new" }) {
			String body = page(
					this.mvc.perform(get(page).with(user(this.seller))).andExpect(status().isForbidden()).andReturn());
			assertThat(body).as(page).contains(message("partner.standing.suspended.page", REASON));
		}
		this.mvc.perform(get("/tenants/{id}/users", this.customer.customerId()).with(user(this.adminAgent)))
			.andExpect(status().isForbidden());
		// the customer it administered is told, in its language
		assertThat(TestMailServer.awaitMail(this.customer.contactEmail(),
				message("mail.partner-suspended-customer.subject", this.partners.partner(this.partnerId).name())))
			.isNotNull();
		assertThatExceptionOfType(PartnerRefusedException.class)
			.isThrownBy(() -> this.partners.sellingPartnerOf(this.seller))
			.extracting(PartnerRefusedException::argument)
			.isEqualTo(REASON);
	}

	@Test
	void anEmailedLinkOfASuspendedPartnerIsNotAccepted() {
		String email = TestData.uniqueEmail("linked");
		this.invitations.send(this.seller, new NewTrialInvitation(null, "Linked Co", "Lee Linked", email, "en", null,
				List.of("MAIL_PLAN_1"), false, null, null));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		this.standings.change(operator(), this.partnerId, Standing.SUSPENDED, REASON);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> this.acceptance.accept(token, null,
					new CustomerChoices(new NewTenantDetails("Linked Co",
							TestData.unique("linked").toLowerCase(Locale.ROOT), "Lee Linked", "a-good-password"),
							false)))
			.extracting(ConflictException::messageKey)
			.isEqualTo("partner.standing.suspended.link");
	}

	@Test
	void pastTheGracePeriodOfANewerVersionSalesFreezeUntilAnAdminAccepts() throws Exception {
		this.publishedLabel = TestData.unique("v");
		UUID version = this.agreements.publish(Actor.system(),
				new NewAgreementVersion(this.publishedLabel, "Text", "本文", "본문", 0));
		this.clock.advance(Duration.ofMinutes(5));
		String refusal = message("partner.agreement.overdue.refused", this.publishedLabel);

		assertThat(page(this.mvc.perform(get("/partner").with(user(this.seller))).andReturn()))
			.contains("id=\"agreement-banner\"", this.publishedLabel);
		assertRefused(post("/partner/invitations/{id}/resend", this.sentInvitation), refusal);
		this.mvc.perform(get("/tenants/{id}/users", this.customer.customerId()).with(user(this.adminAgent)))
			.andExpect(status().isOk());

		this.mvc
			.perform(post("/partner/agreement/accept").param("versionId", version.toString())
				.param("accepted", "true")
				.with(csrf())
				.with(user(this.seller)))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/partner/invitations/{id}/resend", this.sentInvitation).with(csrf()).with(user(this.seller)))
			.andExpect(status().isFound());
	}

	@Test
	void theOperatorsChangeIsMailedToThePartnersAdmins() {
		this.standings.change(operator(), this.partnerId, Standing.SALES_FROZEN, REASON);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(TestMailServer.mailsTo(this.seller.getUsername()))
				.anySatisfy((mail) -> assertThat(TestMailServer.body(mail)).contains(REASON)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where partner_id = ? and action = 'PARTNER_SALES_FROZEN'",
					Integer.class, this.partnerId))
				.isOne());
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String refusal) throws Exception {
		String body = page(this.mvc.perform(request.with(csrf()).with(user(this.seller)))
			.andExpect(status().isForbidden())
			.andReturn());
		assertThat(body).contains(refusal);
	}

	private int invitationsOfPartner() {
		return this.jdbc.queryForObject("select count(*) from invitation where partner_id = ?", Integer.class,
				this.partnerId);
	}

	private String message(String key, String argument) {
		return this.messages.getMessage(key, new Object[] { argument }, Locale.ENGLISH);
	}

	private static PortalUser operator() {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null, "olivia@operator.example",
				"Olivia Operator", Locale.ENGLISH, Set.of("BACK_OFFICE_ADMIN"), null);
	}

	private static String page(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
