package com.partnerportal.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Actor;
import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a purchase changes a subscription.
 */
class SubscriptionTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final UUID CUSTOMER = UUID.randomUUID();

	private static final UUID PARTNER = UUID.randomUUID();

	private static final Actor ACTOR = Actor.system();

	private static Subscription trial() {
		return Subscription.trial(CUSTOMER, "BUSINESS_STANDARD", 25, NOW.plus(Duration.ofDays(30)), PARTNER, ACTOR,
				NOW);
	}

	@Test
	void aRunningTrialBecomesThePaidSubscription() {
		Subscription subscription = trial();
		UUID id = subscription.id();
		subscription.purchase(new PaidLine("BUSINESS_STANDARD", 40, BillingTerm.ANNUAL, TestMoney.of("125.00", "USD")),
				PARTNER, ACTOR, NOW.plus(Duration.ofDays(10)));
		SubscriptionView view = subscription.toView();
		assertThat(view.id()).isEqualTo(id);
		assertThat(view.status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(view.licenseCount()).isEqualTo(40);
		assertThat(view.billingTerm()).isEqualTo(BillingTerm.ANNUAL);
		assertThat(view.unitPrice()).isEqualTo(TestMoney.of("125.00", "USD"));
		assertThat(view.totalPerTerm()).isEqualTo(TestMoney.of("5000.00", "USD"));
		assertThat(view.termEndsAt()).isEqualTo(Instant.parse("2027-12-01T10:00:00Z"));
	}

	@Test
	void aPaidSubscriptionTakesTheNewLicensesAndKeepsItsRenewalWhenTheTermStays() {
		Subscription subscription = Subscription.paid(CUSTOMER,
				new PaidLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY, TestMoney.of("4.00", "USD")), PARTNER, ACTOR, NOW);
		Instant renewal = subscription.toView().termEndsAt();
		assertThat(renewal).isEqualTo(Instant.parse("2026-12-21T10:00:00Z"));
		subscription.purchase(new PaidLine("MAIL_PLAN_1", 15, BillingTerm.MONTHLY, TestMoney.of("4.50", "USD")),
				PARTNER, ACTOR, NOW.plus(Duration.ofDays(5)));
		assertThat(subscription.toView().licenseCount()).isEqualTo(15);
		assertThat(subscription.toView().unitPrice()).isEqualTo(TestMoney.of("4.50", "USD"));
		assertThat(subscription.toView().termEndsAt()).isEqualTo(renewal);
	}

	@Test
	void aNewBillingTermStartsANewTerm() {
		Subscription subscription = Subscription.paid(CUSTOMER,
				new PaidLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY, TestMoney.of("4.00", "USD")), PARTNER, ACTOR, NOW);
		Instant later = NOW.plus(Duration.ofDays(5));
		subscription.purchase(new PaidLine("MAIL_PLAN_1", 10, BillingTerm.ANNUAL, TestMoney.of("40.00", "USD")),
				PARTNER, ACTOR, later);
		// a year from the day of the new purchase, not from the first term's start
		assertThat(subscription.toView().termEndsAt()).isEqualTo(Instant.parse("2027-11-26T10:00:00Z"));
	}

	@Test
	void anEndedTrialExpiresAndCannotBePurchasedAnyMore() {
		Subscription subscription = trial();
		assertThat(subscription.expireTrialIfEnded(NOW.plus(Duration.ofDays(29)))).isFalse();
		assertThat(subscription.expireTrialIfEnded(NOW.plus(Duration.ofDays(30)))).isTrue();
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.EXPIRED);
		assertThatThrownBy(() -> subscription.purchase(
				new PaidLine("BUSINESS_STANDARD", 1, BillingTerm.MONTHLY, TestMoney.of("1", "USD")), PARTNER, ACTOR,
				NOW))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aLineOfAnotherOfferIsRefused() {
		assertThatThrownBy(
				() -> trial().purchase(new PaidLine("MAIL_PLAN_1", 1, BillingTerm.MONTHLY, TestMoney.of("1", "USD")),
						PARTNER, ACTOR, NOW))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void eachTransitionRaisesItsEvent() {
		Subscription subscription = trial();
		assertThat(subscription.domainEvents()).singleElement().isInstanceOf(TrialStarted.class);
		subscription.clearDomainEvents();
		subscription.purchase(new PaidLine("BUSINESS_STANDARD", 40, BillingTerm.ANNUAL, TestMoney.of("125.00", "USD")),
				PARTNER, ACTOR, NOW);
		assertThat(subscription.domainEvents()).singleElement()
			.isEqualTo(new TrialConverted(subscription.id(), CUSTOMER, PARTNER, "BUSINESS_STANDARD", 40, ACTOR, NOW));
		subscription.clearDomainEvents();
		subscription.purchase(new PaidLine("BUSINESS_STANDARD", 45, BillingTerm.ANNUAL, TestMoney.of("125.00", "USD")),
				PARTNER, ACTOR, NOW);
		assertThat(subscription.domainEvents()).singleElement()
			.isEqualTo(new LicensesChanged(subscription.id(), CUSTOMER, PARTNER, "BUSINESS_STANDARD", 45, ACTOR, NOW));
		subscription.clearDomainEvents();
		UUID other = UUID.randomUUID();
		subscription.designatePartnerOfRecord(other, ACTOR, NOW);
		assertThat(subscription.domainEvents()).singleElement()
			.isEqualTo(new PartnerOfRecordDesignated(subscription.id(), CUSTOMER, other, "BUSINESS_STANDARD", 45, ACTOR,
					NOW));
		assertThat(subscription.toView().partnerOfRecordId()).isEqualTo(other);
	}

	@Test
	void anExpiredTrialRaisesTrialExpiredOnce() {
		Subscription subscription = trial();
		subscription.clearDomainEvents();
		subscription.expireTrialIfEnded(NOW.plus(Duration.ofDays(30)));
		subscription.expireTrialIfEnded(NOW.plus(Duration.ofDays(31)));
		assertThat(subscription.domainEvents()).singleElement().isInstanceOf(TrialExpired.class);
	}

	@Test
	void aReminderIsRecordedAndRaised() {
		Subscription subscription = trial();
		subscription.clearDomainEvents();
		subscription.remindTrialEnding(NOW);
		assertThat(subscription.domainEvents()).singleElement()
			.isEqualTo(new TrialEndingSoon(subscription.id(), CUSTOMER, PARTNER, "BUSINESS_STANDARD",
					Instant.parse("2026-12-21T10:00:00Z"), NOW));
	}

	@Test
	void aNewPaidSubscriptionRaisesSubscriptionPurchased() {
		Subscription subscription = Subscription.paid(CUSTOMER,
				new PaidLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY, TestMoney.of("4.00", "USD")), PARTNER, ACTOR, NOW);
		assertThat(subscription.domainEvents()).singleElement()
			.isEqualTo(new SubscriptionPurchased(subscription.id(), CUSTOMER, PARTNER, "MAIL_PLAN_1", 10, ACTOR, NOW));
	}

}
