package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantUserTest {

	static final ChangedBy BY = new ChangedBy(
			new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@contoso.example"), null, null);

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "jane", "jane.doe", "j", "jane_doe-2", "0", "a.b.c" })
	void acceptsUserNamesLikeTheLocalPartOfAnAddress(String userName) {
		assertThat(LocalPart.isWellFormed(userName)).isTrue();
		assertThat(new TenantUser(UUID.randomUUID(), "Jane", userName, "contoso.example", BY, NOW).userName())
			.isEqualTo(userName);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Jane", "jane doe", ".jane", "jane.", "jane..doe", "jane@doe", "jané", "jane+1" })
	void rejectsUserNamesThatAreNoLocalPart(String userName) {
		assertThat(LocalPart.isWellFormed(userName)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantUser(UUID.randomUUID(), "Jane", userName, "contoso.example", BY, NOW));
	}

	@Test
	void aUserNameHasAtMost64Characters() {
		assertThat(LocalPart.isWellFormed("a".repeat(64))).isTrue();
		assertThat(LocalPart.isWellFormed("a".repeat(65))).isFalse();
		assertThat(LocalPart.isWellFormed(null)).isFalse();
	}

	@Test
	void theAddressIsTheUserNameInTheTenantsDomain() {
		TenantUser user = new TenantUser(UUID.randomUUID(), "Jane Doe", "jane", "contoso.example", BY, NOW);

		assertThat(user.address("contoso.cloudportal.example")).isEqualTo("jane@contoso.cloudportal.example");
	}

	@Test
	void needsADisplayNameOfAtMost200Characters() {
		UUID customerId = UUID.randomUUID();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantUser(customerId, " ", "jane", "contoso.example", BY, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantUser(customerId, null, "jane", "contoso.example", BY, NOW));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TenantUser(customerId, "x".repeat(201), "jane", "contoso.example", BY, NOW));
		assertThat(new TenantUser(customerId, "  Jane Doe ", "jane", "contoso.example", BY, NOW).displayName())
			.isEqualTo("Jane Doe");
	}

	@Test
	void licensingReplacesTheLicensesAndTellsWhichAreNew() {
		TenantUser user = new TenantUser(UUID.randomUUID(), "Jane", "jane", "contoso.example", BY, NOW);
		UUID standard = UUID.randomUUID();
		UUID mail = UUID.randomUUID();
		UUID apps = UUID.randomUUID();

		assertThat(user.licenseTo(List.of(standard, mail))).containsExactlyInAnyOrder(standard, mail);
		assertThat(user.notYetHeld(List.of(mail, apps))).containsExactly(apps);
		assertThat(user.licenseTo(List.of(mail, apps))).containsExactly(apps);
		assertThat(user.subscriptionIds()).containsExactlyInAnyOrder(mail, apps);
		assertThat(user.licenseTo(Set.of())).isEmpty();
		assertThat(user.subscriptionIds()).isEmpty();
	}

}
