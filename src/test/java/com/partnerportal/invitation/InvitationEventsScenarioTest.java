package com.partnerportal.invitation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, item 3: each fact of an invitation's lifecycle is a past-tense event raised by
 * the invitation, and its effects (the partner's notice mail, stored in the transaction
 * of the change; the activity log entry, written after commit) follow from the event.
 */
@PortalIntegrationTest
@EnableScenarios
class InvitationEventsScenarioTest {

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	DelegatedAdminRequests delegatedAdminRequests;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	private String senderEmail;

	private PortalUser sender;

	@BeforeEach
	void partner() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.senderEmail = this.testData.user(partnerId, PartnerRole.SALES_AGENT);
		this.sender = this.testData.principal(this.partners, this.senderEmail);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void sendingATrialInvitationRaisesTrialInvitationSentAndTheActivityLogRecordsIt(Scenario scenario) {
		String company = TestData.unique("Sent Co");
		scenario.stimulate(() -> this.invitations.send(this.sender, trialTo(company)))
			.andWaitForEventOfType(TrialInvitationSent.class)
			.matchingMappedValue(TrialInvitationSent::companyName, company)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.invitationId()).isEqualTo(id);
				assertThat(event.actor()).isEqualTo(Actor.of(this.sender));
				assertThat(event.action()).isEqualTo("TRIAL_INVITATION_SENT");
				awaitActivity(id, "TRIAL_INVITATION_SENT");
			});
	}

	@Test
	void sendingAPurchaseOfferRaisesPurchaseOfferSent(Scenario scenario) {
		String company = TestData.unique("Offer Co");
		scenario
			.stimulate(() -> this.offers.send(this.sender,
					new NewPurchaseOffer(null, company, "Casey", TestData.uniqueEmail("offer"), "en", null,
							List.of(new PurchaseOfferLine("MAIL_PLAN_1", 5, BillingTerm.MONTHLY)), 30, false, null)))
			.andWaitForEventOfType(PurchaseOfferSent.class)
			.matchingMappedValue(PurchaseOfferSent::companyName, company)
			.toArriveAndVerify((event, id) -> {
				assertThat(event.invitationId()).isEqualTo(id);
				awaitActivity(id, "PURCHASE_INVITATION_SENT");
			});
	}

	@Test
	void requestingDelegatedAdminAloneRaisesDelegatedAdminRequested(Scenario scenario) {
		Tenant tenant = this.tenants.acceptedTrial(this.sender, false);
		scenario.stimulate(() -> this.delegatedAdminRequests.send(this.sender, tenant.customerId()))
			.andWaitForEventOfType(DelegatedAdminRequested.class)
			.matchingMappedValue(DelegatedAdminRequested::customerId, tenant.customerId())
			.toArriveAndVerify((event, id) -> {
				assertThat(event.invitationId()).isEqualTo(id);
				awaitActivity(id, "DELEGATED_ADMIN_INVITATION_SENT");
			});
	}

	@Test
	void theFirstViewRaisesInvitationViewedOnce(Scenario scenario) {
		String email = TestData.uniqueEmail("viewer");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("View Co"), email));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		scenario.stimulate(() -> this.invitations.open(token))
			.andWaitForEventOfType(InvitationViewed.class)
			.matchingMappedValue(InvitationViewed::invitationId, id)
			.toArriveAndVerify((event) -> assertThat(event.actor()).isEqualTo(Actor.invitee(email)));
		this.invitations.open(token);
		awaitActivity(id, "TRIAL_INVITATION_VIEWED");
		assertThat(activities(id, "TRIAL_INVITATION_VIEWED")).isOne();
	}

	@Test
	void acceptingRaisesInvitationAcceptedAndTheSenderIsMailedInTheSameTransaction(Scenario scenario) {
		String email = TestData.uniqueEmail("accepter");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("Accept Co"), email));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
		String prefix = TestData.unique("accepted").toLowerCase();

		scenario
			.stimulate(() -> this.acceptance.accept(token, null,
					new CustomerChoices(new NewTenantDetails("Accept Co", prefix, "Ann", "a-good-password"), false)))
			.andWaitForEventOfType(InvitationAccepted.class)
			.matchingMappedValue(InvitationAccepted::invitationId, id)
			.toArriveAndVerify((event, outcome) -> {
				AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) outcome;
				assertThat(event.customerId()).isEqualTo(accepted.customerId());
				assertThat(event.newTenantDomain()).isEqualTo(accepted.tenant().domain()).startsWith(prefix);
				assertThat(event.actor()).isEqualTo(Actor.invitee(email));
				assertThat(mailsTo(this.senderEmail, "trial-invitation-accepted")).isOne();
				awaitActivity(id, "TRIAL_INVITATION_ACCEPTED");
			});
	}

	@Test
	void decliningRaisesInvitationDeclinedAndItsMailIsWrittenInsideTheDecliningTransaction(Scenario scenario) {
		String email = TestData.uniqueEmail("decliner");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("Decline Co"), email));
		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		// rolled back: the mail was written in the transaction, and goes with it
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.invitations.decline(token);
			this.entityManager.flush();
			assertThat(mailsTo(this.senderEmail, "trial-invitation-declined")).isOne();
			status.setRollbackOnly();
		});
		assertThat(mailsTo(this.senderEmail, "trial-invitation-declined")).isZero();
		assertThat(this.invitations.stateOf(token).isOpen()).isTrue();

		scenario.stimulate(() -> this.invitations.decline(token))
			.andWaitForEventOfType(InvitationDeclined.class)
			.matchingMappedValue(InvitationDeclined::invitationId, id)
			.toArriveAndVerify((event) -> {
				assertThat(mailsTo(this.senderEmail, "trial-invitation-declined")).isOne();
				awaitActivity(id, "TRIAL_INVITATION_DECLINED");
			});
	}

	@Test
	void revokingRaisesInvitationRevokedAndMailsNobody(Scenario scenario) {
		String email = TestData.uniqueEmail("revoked");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("Revoke Co"), email));
		TestMailServer.awaitMail(email, "");

		scenario.stimulate(() -> this.invitations.revoke(this.sender, id))
			.andWaitForEventOfType(InvitationRevoked.class)
			.matchingMappedValue(InvitationRevoked::invitationId, id)
			.toArriveAndVerify((event) -> {
				assertThat(event.actor()).isEqualTo(Actor.of(this.sender));
				awaitActivity(id, "TRIAL_INVITATION_REVOKED");
				assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?",
						Integer.class, this.senderEmail))
					.isZero();
			});
	}

	@Test
	void resendingRaisesInvitationResentAndTheCustomerGetsANewLink(Scenario scenario) {
		String email = TestData.uniqueEmail("resent");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("Resend Co"), email));
		String firstToken = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		scenario.stimulate(() -> this.invitations.resend(this.sender, id))
			.andWaitForEventOfType(InvitationResent.class)
			.matchingMappedValue(InvitationResent::invitationId, id)
			.toArriveAndVerify((event) -> {
				assertThat(mailsTo(email, "trial-invitation")).isEqualTo(2);
				String secondToken = TestMailServer.token(TestMailServer.nextMailTo(email, 1));
				assertThat(secondToken).isNotEqualTo(firstToken);
				awaitActivity(id, "TRIAL_INVITATION_RESENT");
			});
	}

	@Test
	void expiringRaisesInvitationExpiredAndTheSenderIsMailed(Scenario scenario) {
		String email = TestData.uniqueEmail("expiring");
		UUID id = this.invitations.send(this.sender, trialTo(TestData.unique("Expire Co"), email));
		this.clock.advance(Duration.ofDays(31));

		scenario.stimulate(() -> this.invitations.expireOverdue())
			.andWaitForEventOfType(InvitationExpired.class)
			.matchingMappedValue(InvitationExpired::invitationId, id)
			.toArriveAndVerify((event) -> {
				assertThat(event.actor()).isEqualTo(Actor.system());
				assertThat(mailsTo(this.senderEmail, "trial-invitation-expired")).isOne();
				awaitActivity(id, "TRIAL_INVITATION_EXPIRED");
			});
	}

	private static NewTrialInvitation trialTo(String company) {
		return trialTo(company, TestData.uniqueEmail("customer"));
	}

	private static NewTrialInvitation trialTo(String company, String email) {
		return new NewTrialInvitation(null, company, "Casey", email, "en", null, List.of("MAIL_PLAN_1"), false, null,
				null);
	}

	private int mailsTo(String recipient, String template) {
		return this.jdbc.queryForObject("select count(*) from mail_message where recipient = ? and template = ?",
				Integer.class, recipient, template);
	}

	private int activities(UUID subjectId, String action) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where subject_id = ? and action = ?",
				Integer.class, subjectId, action);
	}

	private void awaitActivity(UUID subjectId, String action) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activities(subjectId, action)).isOne());
	}

}
