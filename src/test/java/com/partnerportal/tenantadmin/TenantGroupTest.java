package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantGroupTest {

	static final ChangedBy BY = new ChangedBy(
			new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@contoso.example"), null, null);

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aUserIsAMemberOnce() {
		TenantGroup group = new TenantGroup(UUID.randomUUID(), " Sales ", BY, NOW);
		UUID jane = UUID.randomUUID();

		assertThat(group.addMember(jane, "member@contoso.example", BY, NOW)).isTrue();
		assertThat(group.addMember(jane, "member@contoso.example", BY, NOW)).isFalse();
		assertThat(group.toView().memberCount()).isEqualTo(1);
		assertThat(group.toView().name()).isEqualTo("Sales");
	}

	@Test
	void removingSomeoneWhoIsNoMemberChangesNothing() {
		TenantGroup group = new TenantGroup(UUID.randomUUID(), "Sales", BY, NOW);
		UUID jane = UUID.randomUUID();
		group.addMember(jane, "member@contoso.example", BY, NOW);

		assertThat(group.removeMember(UUID.randomUUID(), "member@contoso.example", BY, NOW)).isFalse();
		assertThat(group.removeMember(jane, "member@contoso.example", BY, NOW)).isTrue();
		assertThat(group.hasMember(jane)).isFalse();
	}

	@Test
	void needsANameOfAtMost100Characters() {
		UUID customerId = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantGroup(customerId, "", BY, NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantGroup(customerId, "x".repeat(101), BY, NOW));
	}

}
