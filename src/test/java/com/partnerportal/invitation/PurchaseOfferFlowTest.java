package com.partnerportal.invitation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.SubscriptionJobs;
import com.partnerportal.customer.SubscriptionStatus;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationRejectedException.Reason;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestMoney;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Purchase offers on real PostgreSQL and SMTP: prices kept as sent, trials converted into
 * paid subscriptions, existing customers accepting only as themselves.
 */
@PortalIntegrationTest
class PurchaseOfferFlowTest {

	@Autowired
	PurchaseOffers offers;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	SubscriptionJobs subscriptionJobs;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestTenants tenants;

	UUID partnerId;

	PortalUser sales;

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
	void aNewCustomerAcceptsAtThePriceThatWasSentEvenIfTheCatalogChanged() {
		String email = TestData.uniqueEmail("buyer");
		UUID id = this.offers.send(this.sales,
				newCustomerOffer(email, List.of(new PurchaseOfferLine("BUSINESS_STANDARD", 12, BillingTerm.MONTHLY),
						new PurchaseOfferLine("MAIL_PLAN_1", 5, BillingTerm.ANNUAL))));
		MimeMessage mail = TestMailServer.awaitMail(email, "");
		assertThat(TestMailServer.body(mail)).contains("Business Standard", "Mail Plan 1", "$150.00", "$200.00",
				"$166.67", "$2,000.00");
		String token = TestMailServer.token(mail);

		this.jdbc.update("update catalog_offer set monthly_price = 99.00 where code = 'BUSINESS_STANDARD'");
		try {
			AcceptOutcome outcome = this.acceptance.accept(token, null,
					new CustomerChoices(new NewTenantDetails("Buyer Inc", TestData.unique("buyer").toLowerCase(),
							"Bea Buyer", "a-good-password"), false));

			UUID customerId = ((AcceptOutcome.Accepted) outcome).customerId();
			List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(customerId);
			assertThat(subscriptions).hasSize(2).allMatch((s) -> s.status() == SubscriptionStatus.ACTIVE);
			SubscriptionView standard = find(subscriptions, "BUSINESS_STANDARD");
			assertThat(standard.licenseCount()).isEqualTo(12);
			assertThat(standard.unitPrice()).isEqualTo(TestMoney.of("12.50", "USD"));
			assertThat(standard.billingTerm()).isEqualTo(BillingTerm.MONTHLY);
			assertThat(find(subscriptions, "MAIL_PLAN_1").billingTerm()).isEqualTo(BillingTerm.ANNUAL);
			assertThat(this.invitations.get(this.partnerId, id).state()).isEqualTo(InvitationState.ACCEPTED);
			TestMailServer.awaitMail(this.sales.getUsername(), "accepted your purchase offer");
		}
		finally {
			this.jdbc.update("update catalog_offer set monthly_price = 12.50 where code = 'BUSINESS_STANDARD'");
		}
	}

	@Test
	void anExistingCustomersTrialBecomesThePaidSubscriptionAndOnlyItsAdminCanAccept() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_PREMIUM");
		UUID trialId = this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).id();
		Tenant stranger = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");

		UUID offerId = this.offers.send(this.sales, existingCustomerOffer(tenant.customerId(),
				List.of(new PurchaseOfferLine("BUSINESS_PREMIUM", 30, BillingTerm.ANNUAL))));
		String token = TestMailServer.token(TestMailServer.awaitMail(tenant.contactEmail(), "purchase offer"));

		assertThat(this.invitations.open(token, null).restricted()).isTrue();
		assertThat(this.invitations.open(token, stranger.admin()).restricted()).isTrue();
		assertThat(this.invitations.open(token, stranger.admin()).invitation().companyName()).isNull();
		assertThatThrownBy(() -> this.acceptance.accept(token, null, new CustomerChoices(null, false)))
			.isInstanceOf(NotForThisCustomerException.class);
		assertThatThrownBy(() -> this.acceptance.accept(token, stranger.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(NotForThisCustomerException.class);
		assertThatThrownBy(() -> this.invitations.decline(token, stranger.admin()))
			.isInstanceOf(NotForThisCustomerException.class);
		assertThat(this.invitations.get(this.partnerId, offerId).state()).isIn(InvitationState.SENT,
				InvitationState.VIEWED);

		assertThat(this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);

		SubscriptionView paid = this.customerSubscriptions.subscriptions(tenant.customerId()).get(0);
		assertThat(paid.id()).isEqualTo(trialId);
		assertThat(paid.status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(paid.licenseCount()).isEqualTo(30);
		assertThat(paid.unitPrice()).isEqualTo(TestMoney.of("220.00", "USD"));
	}

	@Test
	void aSecondOfferChangesTheLicensesOfThePaidSubscription() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		acceptOffer(tenant, new PurchaseOfferLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY));
		acceptOffer(tenant, new PurchaseOfferLine("MAIL_PLAN_1", 25, BillingTerm.MONTHLY),
				new PurchaseOfferLine("APPS_FOR_BUSINESS", 4, BillingTerm.ANNUAL));

		List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(tenant.customerId());
		assertThat(subscriptions).hasSize(2);
		assertThat(find(subscriptions, "MAIL_PLAN_1").licenseCount()).isEqualTo(25);
		assertThat(find(subscriptions, "APPS_FOR_BUSINESS").status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void rejectsDuplicatedOffersQuantitiesOutOfRangeForeignOffersAndLongValidity() {
		UUID mailOnly = this.testData.signedPartner(java.util.Set.of("MAIL"));
		PortalUser mailSeller = this.testData.principal(this.partners,
				this.testData.user(mailOnly, PartnerRole.SALES_AGENT));
		String email = TestData.uniqueEmail("c");
		assertRejected(this.sales,
				newCustomerOffer(email,
						List.of(new PurchaseOfferLine("MAIL_PLAN_1", 1, BillingTerm.MONTHLY),
								new PurchaseOfferLine("MAIL_PLAN_1", 2, BillingTerm.ANNUAL))),
				Reason.LINE_OFFER_REPEATED, 1);
		assertRejected(this.sales,
				newCustomerOffer(email, List.of(new PurchaseOfferLine("MAIL_PLAN_1", 10001, BillingTerm.MONTHLY))),
				Reason.LINE_QUANTITY_OUT_OF_RANGE, 0);
		assertRejected(this.sales,
				newCustomerOffer(email, List.of(new PurchaseOfferLine("MAIL_PLAN_1", 0, BillingTerm.MONTHLY))),
				Reason.LINE_QUANTITY_OUT_OF_RANGE, 0);
		assertRejected(mailSeller,
				newCustomerOffer(email, List.of(new PurchaseOfferLine("BUSINESS_STANDARD", 1, BillingTerm.MONTHLY))),
				Reason.LINE_OFFER_NOT_AUTHORIZED, 0);
		assertRejected(this.sales,
				new NewPurchaseOffer(null, "C", "N", email, "en", null,
						List.of(new PurchaseOfferLine("MAIL_PLAN_1", 1, BillingTerm.MONTHLY)), 91, false, null),
				Reason.VALIDITY_OUT_OF_RANGE, null);
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void aPartnerCannotSendToAnotherPartnersCustomer() {
		Tenant foreign = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser otherSales = this.testData.principal(this.partners,
				this.testData.user(otherPartner, PartnerRole.SALES_AGENT));

		assertThatThrownBy(() -> this.offers.send(otherSales,
				existingCustomerOffer(foreign.customerId(),
						List.of(new PurchaseOfferLine("MAIL_PLAN_1", 1, BillingTerm.MONTHLY)))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.invitations.send(otherSales,
						new NewTrialInvitation(foreign.customerId(), null, null, null, null, null,
								List.of("BUSINESS_STANDARD"), false, null, null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aCustomerGetsOneTrialPerOffer() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_ESSENTIALS");

		assertThatThrownBy(() -> this.invitations.send(this.sales,
				new NewTrialInvitation(tenant.customerId(), null, null, null, null, null,
						List.of("BUSINESS_ESSENTIALS"), false, null, null)))
			.isInstanceOf(InvitationRejectedException.class)
			.hasMessageContaining("invitation.offers.trial-used");

		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		UUID other = this.invitations.send(this.sales, new NewTrialInvitation(tenant.customerId(), null, null, null,
				null, null, List.of("APPS_FOR_BUSINESS"), false, null, null));
		String token = TestMailServer.token(TestMailServer.nextMailTo(tenant.contactEmail(), before));
		assertThat(this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);
		assertThat(this.invitations.get(this.partnerId, other).customerId()).isEqualTo(tenant.customerId());
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId())).hasSize(2);
	}

	@Test
	void trialsThatEndWithoutAPurchaseExpireAndAreAnnouncedAWeekBefore() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");

		this.clock.advance(Duration.ofDays(24));
		assertThat(this.subscriptionJobs.remindEndingTrials()).isGreaterThanOrEqualTo(1);
		TestMailServer.awaitMail(tenant.contactEmail(), "ends in a week");
		TestMailServer.awaitMail(this.sales.getUsername(), "ends in a week");
		assertThat(this.subscriptionJobs.remindEndingTrials()).isZero();

		this.clock.advance(Duration.ofDays(7));
		assertThat(this.subscriptionJobs.expireEndedTrials()).isGreaterThanOrEqualTo(1);
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).status())
			.isEqualTo(SubscriptionStatus.EXPIRED);
	}

	@Test
	void anOfferAboutToExpireIsRemindedOnceWithAFreshLink() {
		String email = TestData.uniqueEmail("slow");
		this.offers.send(this.sales, new NewPurchaseOffer(null, "Slow Co", "Sam Slow", email, "en", null,
				List.of(new PurchaseOfferLine("MAIL_PLAN_1", 3, BillingTerm.MONTHLY)), 5, false, null));
		String firstToken = TestMailServer.token(TestMailServer.awaitMail(email, ""));

		this.clock.advance(Duration.ofDays(3));
		assertThat(this.offers.remindExpiring()).isGreaterThanOrEqualTo(1);
		String reminderToken = TestMailServer.token(TestMailServer.awaitMail(email, "Reminder"));
		assertThat(this.offers.remindExpiring()).isZero();

		assertThat(reminderToken).isNotEqualTo(firstToken);
		assertThatThrownBy(() -> this.invitations.open(firstToken)).isInstanceOf(UnknownInvitationLinkException.class);
		assertThat(this.invitations.open(reminderToken).state()).isEqualTo(InvitationState.VIEWED);
	}

	@Test
	void simultaneousAcceptancesOfOneOfferEndInOneOutcome() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		this.offers.send(this.sales, existingCustomerOffer(tenant.customerId(),
				List.of(new PurchaseOfferLine("BUSINESS_STANDARD", 7, BillingTerm.MONTHLY))));
		String token = TestMailServer.token(TestMailServer.nextMailTo(tenant.contactEmail(), before));

		int threads = 6;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<AcceptOutcome>> results = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false));
			}));
		}
		start.countDown();
		List<AcceptOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
		for (Future<AcceptOutcome> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn(AcceptOutcome.Accepted.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(AcceptOutcome.AlreadyDecided.class::isInstance)
			.hasSize(threads - 1)
			.allMatch((o) -> ((AcceptOutcome.AlreadyDecided) o).state() == InvitationState.ACCEPTED);
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId())).singleElement()
			.satisfies((s) -> assertThat(s.licenseCount()).isEqualTo(7));
	}

	private void acceptOffer(Tenant tenant, PurchaseOfferLine... lines) {
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		this.offers.send(this.sales, existingCustomerOffer(tenant.customerId(), List.of(lines)));
		String token = TestMailServer.token(TestMailServer.nextMailTo(tenant.contactEmail(), before));
		assertThat(this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);
	}

	private NewPurchaseOffer newCustomerOffer(String email, List<PurchaseOfferLine> lines) {
		return new NewPurchaseOffer(null, "Company " + email, "Chris Contact", email, "en", "Thanks!", lines, 30, false,
				null);
	}

	private static NewPurchaseOffer existingCustomerOffer(UUID customerId, List<PurchaseOfferLine> lines) {
		return new NewPurchaseOffer(customerId, null, null, null, null, null, lines, 30, false, null);
	}

	private void assertRejected(PortalUser sender, NewPurchaseOffer offer, Reason reason, Integer line) {
		assertThatThrownBy(() -> this.offers.send(sender, offer))
			.isInstanceOfSatisfying(InvitationRejectedException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(reason);
				assertThat(ex.line()).isEqualTo(line);
			});
	}

	private static SubscriptionView find(List<SubscriptionView> subscriptions, String offerCode) {
		return subscriptions.stream().filter((s) -> s.offerCode().equals(offerCode)).findFirst().orElseThrow();
	}

}
