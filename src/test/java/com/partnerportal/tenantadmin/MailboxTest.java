package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MailboxTest {

	static final ChangedBy BY = new ChangedBy(
			new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@contoso.example"), null, null);

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@ParameterizedTest
	@ValueSource(ints = { 1, 50, 100 })
	void hasOneTo100Gb(int sizeGb) {
		Mailbox mailbox = new Mailbox(UUID.randomUUID(), UUID.randomUUID(), "jane", "contoso.example", sizeGb, BY, NOW);

		assertThat(mailbox.toView("Jane").sizeGb()).isEqualTo(sizeGb);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 0, 101, 1000 })
	void rejectsOtherSizes(int sizeGb) {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Mailbox(UUID.randomUUID(), UUID.randomUUID(), "jane", "contoso.example", sizeGb, BY, NOW));
	}

	@Test
	void theAddressIsInTheTenantsDomain() {
		Mailbox mailbox = new Mailbox(UUID.randomUUID(), UUID.randomUUID(), "sales.team", "contoso.example", 10, BY,
				NOW);

		assertThat(mailbox.address()).isEqualTo("sales.team@contoso.example");
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Mailbox(UUID.randomUUID(), UUID.randomUUID(), "Sales Team", "contoso.example", 10, BY, NOW));
	}

}
