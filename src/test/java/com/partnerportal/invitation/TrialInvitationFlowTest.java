package com.partnerportal.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The trial-invitation loop on real PostgreSQL and real SMTP: what is stored, what is
 * mailed, and what each link state does.
 */
@PortalIntegrationTest
class TrialInvitationFlowTest {

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser sales;

	UUID partnerId;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sendsTheInvitationMailInTheCustomersLanguageWithALinkWhoseTokenIsNotStored() throws Exception {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "ja", List.of("BUSINESS_STANDARD", "MAIL_PLAN_1"));

		MimeMessage mail = TestMailServer.awaitMail(email, "");
		String link = TestMailServer.invitationLink(mail);
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(TestMailServer.body(mail)).contains("Business Standard", "Mail Plan 1");

		Map<String, Object> row = this.jdbc.queryForMap("select * from invitation where id = ?", id);
		assertThat(row.values()).noneMatch((value) -> value != null && value.toString().contains(token));
		assertThat(row.get("token_hash")).as("the hex SHA-256 of the token, worked out here")
			.isEqualTo(sha256Hex(token));
		assertThat(this.jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
				Integer.class, "%" + token + "%"))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where detail like ? or actor_name like ?",
				Integer.class, "%" + token + "%", "%" + token + "%"))
			.isZero();
	}

	@Test
	void openingTheLinkChangesNothingButRecordsTheFirstView() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("BUSINESS_ESSENTIALS"));
		String token = tokenOf(email);

		InvitationLinkView first = this.invitations.open(token);
		InvitationLinkView second = this.invitations.open(token);

		assertThat(first.state()).isEqualTo(InvitationState.VIEWED);
		assertThat(second.state()).isEqualTo(InvitationState.VIEWED);
		assertThat(first.offers()).extracting("code").containsExactly("BUSINESS_ESSENTIALS");
		assertThat(this.invitations.get(this.partnerId, id).customerId()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from customer where name = ?", Integer.class,
				first.invitation().companyName()))
			.isZero();
	}

	@Test
	void acceptingCreatesTheTenantItsAdminAndOneTrialPerOfferAndMailsThePartner() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("BUSINESS_PREMIUM", "APPS_FOR_BUSINESS"));
		String prefix = TestData.unique("acme").toLowerCase();

		AcceptOutcome outcome = this.acceptance.accept(tokenOf(email), null,
				new CustomerChoices(new NewTenantDetails("Acme Ltd", prefix, "Ann Admin", "a-good-password"), false));

		assertThat(outcome).isInstanceOf(AcceptOutcome.Accepted.class);
		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) outcome;
		assertThat(accepted.tenant().admin().getUsername()).isEqualTo("admin@" + prefix + ".cloudportal.example");
		List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(accepted.tenant().customerId());
		assertThat(subscriptions).extracting(SubscriptionView::offerCode)
			.containsExactlyInAnyOrder("BUSINESS_PREMIUM", "APPS_FOR_BUSINESS");
		assertThat(subscriptions).allMatch((s) -> s.status() == SubscriptionStatus.TRIAL);
		assertThat(subscriptions).filteredOn((s) -> s.offerCode().equals("APPS_FOR_BUSINESS"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.licenseCount()).isEqualTo(10);
				assertThat(Duration.between(s.createdAt(), s.trialEndsAt())).isEqualTo(Duration.ofDays(60));
			});
		assertThat(this.invitations.get(this.partnerId, id).state()).isEqualTo(InvitationState.ACCEPTED);
		assertThat(this.customerTenants.customerOfPartner(accepted.tenant().customerId(), this.partnerId).name())
			.isEqualTo("Acme Ltd");
		assertThat(this.customerAccounts.findForSignIn(accepted.tenant().admin().getUsername())).isPresent();
		TestMailServer.awaitMail(this.sales.getUsername(), "accepted");
	}

	@Test
	void aUsedLinkEndsInTheSameOutcomeAndCreatesNothing() {
		String email = TestData.uniqueEmail("customer");
		send(email, "en", List.of("MAIL_PLAN_1"));
		String token = tokenOf(email);
		String prefix = TestData.unique("once").toLowerCase();
		this.acceptance.accept(token, null,
				new CustomerChoices(new NewTenantDetails("Once", prefix, "Ann", "a-good-password"), false));

		AcceptOutcome again = this.acceptance.accept(token, null,
				new CustomerChoices(new NewTenantDetails("Once", prefix + "x", "Ann", "a-good-password"), false));

		assertThat(again).isEqualTo(new AcceptOutcome.AlreadyDecided(InvitationState.ACCEPTED));
		assertThat(this.jdbc.queryForObject("select count(*) from customer where domain_prefix like ?", Integer.class,
				prefix + "%"))
			.isEqualTo(1);
	}

	@Test
	void decliningMarksTheInvitationDeclinedAndMailsThePartner() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "ko", List.of("MAIL_PLAN_1"));

		assertThat(this.invitations.decline(tokenOf(email))).isEmpty();
		assertThat(this.invitations.decline(tokenOf(email))).contains(InvitationState.DECLINED);

		assertThat(this.invitations.get(this.partnerId, id).state()).isEqualTo(InvitationState.DECLINED);
		TestMailServer.awaitMail(this.sales.getUsername(), "declined");
	}

	@Test
	void rejectsExpiredInvitationAndTheExpiryJobMarksIt() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("MAIL_PLAN_1"));
		String token = tokenOf(email);

		this.clock.advance(Duration.ofDays(31));

		assertThat(this.invitations.open(token).state()).isEqualTo(InvitationState.EXPIRED);
		assertThat(
				this.acceptance.accept(token, null,
						new CustomerChoices(new NewTenantDetails("Late", TestData.unique("late").toLowerCase(), "Ann",
								"a-good-password"), false)))
			.isEqualTo(new AcceptOutcome.AlreadyDecided(InvitationState.EXPIRED));
		assertThat(this.invitations.expireOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.queryForObject("select state from invitation where id = ?", String.class, id))
			.isEqualTo("EXPIRED");
	}

	@Test
	void resendIssuesANewLinkAndKillsTheOldOne() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("MAIL_PLAN_1"));
		String oldToken = tokenOf(email);

		this.invitations.resend(this.sales, id);

		await().until(() -> TestMailServer.mailsTo(email).size() == 2);
		String newToken = TestMailServer.token(TestMailServer.mailsTo(email).get(1));
		assertThat(newToken).isNotEqualTo(oldToken);
		assertThatThrownBy(() -> this.invitations.open(oldToken)).isInstanceOf(UnknownInvitationLinkException.class);
		assertThat(this.invitations.open(newToken).state()).isEqualTo(InvitationState.VIEWED);
	}

	@Test
	void aRevokedLinkCanNoLongerBeAccepted() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("MAIL_PLAN_1"));
		String token = tokenOf(email);

		this.invitations.revoke(this.sales, id);

		assertThat(this.invitations.open(token).state()).isEqualTo(InvitationState.REVOKED);
		assertThat(this.invitations.decline(token)).contains(InvitationState.REVOKED);
	}

	@Test
	void rejectsAnOfferOutsideThePartnersAuthorizedServiceTypes() {
		UUID mailOnly = this.testData.signedPartner(Set.of("MAIL"));
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(mailOnly, PartnerRole.PARTNER_ADMIN));

		assertThat(this.invitations.trialOffersFor(mailOnly)).extracting("code").containsExactly("MAIL_PLAN_1");
		assertThatThrownBy(() -> this.invitations.send(seller,
				new NewTrialInvitation(null, "C", "N", TestData.uniqueEmail("c"), "en", null,
						List.of("BUSINESS_STANDARD"), false, null, null)))
			.isInstanceOf(InvitationRejectedException.class)
			.hasMessageContaining("not-authorized");
	}

	@Test
	void everyStepIsRecordedInTheActivityLog() {
		String email = TestData.uniqueEmail("customer");
		UUID id = send(email, "en", List.of("MAIL_PLAN_1"));
		String token = tokenOf(email);
		this.invitations.open(token);
		this.acceptance.accept(token, null, new CustomerChoices(
				new NewTenantDetails("Logged", TestData.unique("logged").toLowerCase(), "Ann", "a-good-password"),
				false));

		await().untilAsserted(() -> assertThat(this.jdbc
			.queryForList("select action from audit_entry where subject_id = ? order by occurred_at", String.class, id))
			.containsExactly("TRIAL_INVITATION_SENT", "TRIAL_INVITATION_VIEWED", "TRIAL_INVITATION_ACCEPTED"));
		assertThat(this.jdbc.queryForObject(
				"select actor_name from audit_entry where subject_id = ? and action = 'TRIAL_INVITATION_SENT'",
				String.class, id))
			.isEqualTo(this.sales.getUsername());
	}

	private UUID send(String email, String language, List<String> offers) {
		return this.invitations.send(this.sales, new NewTrialInvitation(null, "Customer " + email, "Casey Contact",
				email, language, "Welcome!", offers, false, null, null));
	}

	private String tokenOf(String email) {
		return TestMailServer.token(TestMailServer.awaitMail(email, ""));
	}

	private static String sha256Hex(String text) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
