package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantGroupTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@Test
	void aUserIsAMemberOnce() {
		TenantGroup group = new TenantGroup(UUID.randomUUID(), " Sales ", NOW);
		UUID jane = UUID.randomUUID();

		assertThat(group.addMember(jane)).isTrue();
		assertThat(group.addMember(jane)).isFalse();
		assertThat(group.toView().memberCount()).isEqualTo(1);
		assertThat(group.toView().name()).isEqualTo("Sales");
	}

	@Test
	void removingSomeoneWhoIsNoMemberChangesNothing() {
		TenantGroup group = new TenantGroup(UUID.randomUUID(), "Sales", NOW);
		UUID jane = UUID.randomUUID();
		group.addMember(jane);

		assertThat(group.removeMember(UUID.randomUUID())).isFalse();
		assertThat(group.removeMember(jane)).isTrue();
		assertThat(group.hasMember(jane)).isFalse();
	}

	@Test
	void needsANameOfAtMost100Characters() {
		UUID customerId = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantGroup(customerId, "", NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> new TenantGroup(customerId, "x".repeat(101), NOW));
	}

}
