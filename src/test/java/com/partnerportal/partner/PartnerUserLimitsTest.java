package com.partnerportal.partner;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A partner user limited to named customers: the change is recorded once, when something
 * changed, and never for a deactivated user.
 */
class PartnerUserLimitsTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final UUID PARTNER = UUID.randomUUID();

	static final Actor ADMIN = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "paula@contoso.example");

	@Test
	void limitingRaisesItsEventWithWhatChanged() {
		PartnerUser agent = agent();
		agent.limitToCustomers(2, 1, 5, ADMIN, NOW);
		assertThat(agent.domainEvents()).containsExactly(
				new PartnerUserCustomersLimited(agent.id(), PARTNER, "ada@contoso.example", 2, 1, 5, ADMIN, NOW));
		assertThat(((PartnerUserCustomersLimited) agent.domainEvents().iterator().next()).detail())
			.isEqualTo("ada@contoso.example: +2 −1 = 5");
	}

	@Test
	void savingTheSameCustomersRecordsNothing() {
		PartnerUser agent = agent();
		agent.limitToCustomers(0, 0, 3, ADMIN, NOW);
		assertThat(agent.domainEvents()).isEmpty();
	}

	@Test
	void aDeactivatedUserIsNotLimited() {
		PartnerUser agent = agent();
		agent.deactivate(ADMIN, NOW);
		agent.clearDomainEvents();
		assertThatExceptionOfType(IllegalPartnerChangeException.class)
			.isThrownBy(() -> agent.limitToCustomers(1, 0, 1, ADMIN, NOW));
		assertThat(agent.domainEvents()).isEmpty();
	}

	private static PartnerUser agent() {
		PartnerUser agent = PartnerUser.invited(PARTNER, "ada@contoso.example", "Ada Agent", "unusable", "en",
				Set.of(PartnerRole.ADMIN_AGENT), false, ADMIN, NOW);
		agent.clearDomainEvents();
		return agent;
	}

}
