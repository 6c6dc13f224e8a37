package com.partnerportal.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Actor;
import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which subscription a purchased line updates is decided by the customer's subscriptions,
 * not by the service.
 */
class SubscriptionPortfolioTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final UUID CUSTOMER = UUID.randomUUID();

	private static final UUID PARTNER = UUID.randomUUID();

	private static final Actor ACTOR = Actor.system();

	private static PaidLine line(String offerCode, int quantity) {
		return new PaidLine(offerCode, quantity, BillingTerm.MONTHLY, TestMoney.of("4.00", "USD"));
	}

	@Test
	void aLineForAnOfferOnTrialConvertsThatTrial() {
		Subscription trial = Subscription.trial(CUSTOMER, "MAIL_PLAN_1", 25, NOW.plus(Duration.ofDays(30)), PARTNER,
				ACTOR, NOW);
		Subscription updated = new SubscriptionPortfolio(CUSTOMER, List.of(trial)).purchase(line("MAIL_PLAN_1", 5),
				PARTNER, ACTOR, NOW);
		assertThat(updated).isSameAs(trial);
		assertThat(updated.toView().status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void aLineForAPaidOfferChangesItsLicenses() {
		Subscription paid = Subscription.paid(CUSTOMER, line("MAIL_PLAN_1", 10), PARTNER, ACTOR, NOW);
		Subscription updated = new SubscriptionPortfolio(CUSTOMER, List.of(paid)).purchase(line("MAIL_PLAN_1", 12),
				PARTNER, ACTOR, NOW);
		assertThat(updated).isSameAs(paid);
		assertThat(updated.toView().licenseCount()).isEqualTo(12);
	}

	@Test
	void anExpiredTrialOrAnotherOfferStartsANewSubscriptionOnlyOnce() {
		Subscription expired = Subscription.trial(CUSTOMER, "MAIL_PLAN_1", 25, NOW, PARTNER, ACTOR, NOW);
		expired.expireTrialIfEnded(NOW);
		Subscription other = Subscription.paid(CUSTOMER, line("BUSINESS_STANDARD", 3), PARTNER, ACTOR, NOW);
		SubscriptionPortfolio portfolio = new SubscriptionPortfolio(CUSTOMER, List.of(expired, other));
		Subscription started = portfolio.purchase(line("MAIL_PLAN_1", 7), PARTNER, ACTOR, NOW);
		assertThat(started).isNotSameAs(expired).isNotSameAs(other);
		assertThat(started.domainEvents()).singleElement().isInstanceOf(SubscriptionPurchased.class);
		// a second line for the same offer in the same purchase updates the one just
		// started
		assertThat(portfolio.purchase(line("MAIL_PLAN_1", 9), PARTNER, ACTOR, NOW)).isSameAs(started);
		assertThat(started.toView().licenseCount()).isEqualTo(9);
	}

}
