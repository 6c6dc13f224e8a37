package com.partnerportal.partner;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule of what a partner may do, from its standing and its agreement: sales frozen,
 * suspended, or behind on the agreement past the grace period.
 */
class PartnerStandingTest {

	private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

	@Test
	void anActivePartnerOnTheCurrentVersionSells() {
		PartnerStanding standing = standing(Standing.ACTIVE, "2026-11", "2026-11", NOW.plus(Duration.ofDays(3)));

		assertThat(standing.maySell()).isTrue();
		assertThat(standing.refusalKey()).isNull();
		assertThat(standing.agreementBehind()).isFalse();
		assertThat(standing.mayServeCustomers()).isTrue();
	}

	@Test
	void aPartnerWithinTheGracePeriodSellsAndIsTold() {
		PartnerStanding standing = standing(Standing.ACTIVE, "2026-01", "2026-11", NOW.plus(Duration.ofDays(3)));

		assertThat(standing.agreementBehind()).isTrue();
		assertThat(standing.agreementOverdue()).isFalse();
		assertThat(standing.maySell()).isTrue();
	}

	@Test
	void pastTheGracePeriodSalesFreezeButCustomersAreStillServed() {
		PartnerStanding standing = standing(Standing.ACTIVE, "2026-01", "2026-11", NOW.minus(Duration.ofMinutes(1)));

		assertThat(standing.agreementOverdue()).isTrue();
		assertThat(standing.maySell()).isFalse();
		assertThat(standing.refusalKey()).isEqualTo("partner.agreement.overdue.refused");
		assertThat(standing.refusalArgument()).isEqualTo("2026-11");
		assertThat(standing.mayServeCustomers()).isTrue();
	}

	@Test
	void salesFrozenServesItsCustomersAndSellsNothingNew() {
		PartnerStanding standing = standing(Standing.SALES_FROZEN, "2026-11", "2026-11", null);

		assertThat(standing.maySell()).isFalse();
		assertThat(standing.refusalKey()).isEqualTo("partner.standing.refused.SALES_FROZEN");
		assertThat(standing.refusalArgument()).isEqualTo("unpaid invoices");
		assertThat(standing.mayServeCustomers()).isTrue();
		assertThat(standing.isListed()).isTrue();
	}

	@Test
	void hiddenSellsButIsNotListed() {
		PartnerStanding standing = standing(Standing.HIDDEN, "2026-11", "2026-11", null);

		assertThat(standing.maySell()).isTrue();
		assertThat(standing.isListed()).isFalse();
	}

	@Test
	void suspendedNeitherSellsNorServes() {
		PartnerStanding standing = standing(Standing.SUSPENDED, "2026-11", "2026-11", null);

		assertThat(standing.isSuspended()).isTrue();
		assertThat(standing.maySell()).isFalse();
		assertThat(standing.mayServeCustomers()).isFalse();
		assertThat(standing.isListed()).isFalse();
		assertThat(standing.refusalKey()).isEqualTo("partner.standing.refused.SUSPENDED");
	}

	@Test
	void aPartnerThatNeverSignedDoesNothing() {
		PartnerStanding standing = standing(Standing.ACTIVE, null, "2026-11", NOW.plus(Duration.ofDays(3)));

		assertThat(standing.agreementSigned()).isFalse();
		assertThat(standing.agreementBehind()).isFalse();
		assertThat(standing.maySell()).isFalse();
		assertThat(standing.mayServeCustomers()).isFalse();
		assertThat(standing.refusalKey()).isEqualTo("partner.agreement.required");
	}

	private static PartnerStanding standing(Standing standing, String signed, String current, Instant graceEndsAt) {
		return new PartnerStanding(UUID.randomUUID(), standing, "unpaid invoices", signed, current, graceEndsAt, NOW);
	}

}
