package com.partnerportal.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Actor;
import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every change of a subscription's status: a trial is purchased or expires, a paid
 * subscription takes new purchases and never expires as a trial, an expired trial takes
 * nothing.
 */
class SubscriptionTransitionsTest {

	private static final Actor ACTOR = Actor.system();

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final Instant TRIAL_END = Instant.parse("2026-12-21T10:00:00Z");

	private static final UUID PARTNER = UUID.randomUUID();

	private static final PaidLine MONTHLY = new PaidLine("MAIL_PLAN_1", 10, BillingTerm.MONTHLY,
			TestMoney.of("4.00", "USD"));

	private static Subscription trial() {
		return Subscription.trial(UUID.randomUUID(), "MAIL_PLAN_1", 25, TRIAL_END, PARTNER, ACTOR, NOW);
	}

	private static Subscription paid() {
		return Subscription.paid(UUID.randomUUID(), MONTHLY, PARTNER, ACTOR, NOW);
	}

	private static Subscription expired() {
		Subscription subscription = trial();
		subscription.expireTrialIfEnded(TRIAL_END);
		return subscription;
	}

	@Test
	void aTrialIsPurchasedIntoAnActiveSubscription() {
		Subscription subscription = trial();
		subscription.purchase(MONTHLY, PARTNER, ACTOR, NOW.plus(Duration.ofDays(3)));
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.isPaid()).isTrue();
		assertThat(subscription.isRunningTrial()).isFalse();
		assertThat(subscription.toView().activatedAt()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
		assertThat(subscription.toView().termEndsAt()).isEqualTo(Instant.parse("2026-12-24T10:00:00Z"));
	}

	@Test
	void aTrialExpiresOnItsLastDayAndNotBefore() {
		Subscription subscription = trial();
		assertThat(subscription.expireTrialIfEnded(TRIAL_END.minusSeconds(1))).isFalse();
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.TRIAL);
		assertThat(subscription.expireTrialIfEnded(TRIAL_END)).isTrue();
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.EXPIRED);
		assertThat(subscription.isRunningTrial()).isFalse();
	}

	@Test
	void aPaidSubscriptionStaysActiveThroughAnotherPurchase() {
		Subscription subscription = paid();
		subscription.purchase(new PaidLine("MAIL_PLAN_1", 12, BillingTerm.MONTHLY, TestMoney.of("4.00", "USD")),
				PARTNER, ACTOR, NOW.plus(Duration.ofDays(1)));
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.toView().licenseCount()).isEqualTo(12);
	}

	@Test
	void aPaidSubscriptionNeverExpiresAsATrial() {
		Subscription subscription = paid();
		assertThat(subscription.expireTrialIfEnded(NOW.plus(Duration.ofDays(400)))).isFalse();
		assertThat(subscription.toView().status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void anExpiredTrialIsNeitherPurchasedNorExpiredAgain() {
		Subscription subscription = expired();
		assertThatIllegalStateException()
			.isThrownBy(() -> subscription.purchase(MONTHLY, PARTNER, ACTOR, TRIAL_END.plusSeconds(1)));
		assertThat(subscription.expireTrialIfEnded(TRIAL_END.plus(Duration.ofDays(1)))).isFalse();
		SubscriptionView view = subscription.toView();
		assertThat(view.status()).isEqualTo(SubscriptionStatus.EXPIRED);
		assertThat(view.licenseCount()).isEqualTo(25);
		assertThat(view.unitPrice()).isNull();
		assertThat(view.activatedAt()).isNull();
	}

	@Test
	void thePartnerOfRecordIsDesignatedWhateverTheStatus() {
		UUID other = UUID.randomUUID();
		for (Subscription subscription : new Subscription[] { trial(), paid(), expired() }) {
			subscription.designatePartnerOfRecord(other, ACTOR, NOW);
			assertThat(subscription.toView().partnerOfRecordId()).isEqualTo(other);
			assertThat(subscription.toView().soldByPartnerId()).isEqualTo(PARTNER);
		}
	}

}
