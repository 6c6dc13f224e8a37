package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Issue 8, item 3: every change of a tenant's user, group, mailbox and data migration
 * registers its past-tense event on the aggregate, naming the partner that acted on the
 * customer's behalf; a refused change registers nothing.
 */
class TenantChangeEventsTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final UUID CUSTOMER = UUID.randomUUID();

	static final UUID PARTNER = UUID.randomUUID();

	static final Actor AGENT = new Actor(Actor.Kind.PARTNER_USER, UUID.randomUUID(), "ada@contoso-partners.example");

	static final ChangedBy BY = new ChangedBy(AGENT, PARTNER, DelegatedRole.USERS_AND_LICENSES);

	static final DelegatedRole ROLE = DelegatedRole.USERS_AND_LICENSES;

	@Test
	void aTenantUserIsAddedChangedAndRemoved() {
		TenantUser user = new TenantUser(CUSTOMER, "Jane Doe", "jane", "adatum.example", BY, NOW);
		assertThat(user.domainEvents()).containsExactly(
				new TenantUserAdded(user.id(), CUSTOMER, PARTNER, "jane@adatum.example", AGENT, NOW, ROLE));
		user.clearDomainEvents();

		user.change("Jane Smith", Set.of(), "adatum.example", BY, NOW.plusSeconds(1));
		assertThat(user.domainEvents()).containsExactly(new TenantUserChanged(user.id(), CUSTOMER, PARTNER,
				"jane@adatum.example", AGENT, NOW.plusSeconds(1), ROLE));
		assertThat(user.displayName()).isEqualTo("Jane Smith");
		user.clearDomainEvents();

		user.remove("adatum.example", BY, NOW.plusSeconds(2));
		assertThat(user.domainEvents()).containsExactly(new TenantUserRemoved(user.id(), CUSTOMER, PARTNER,
				"jane@adatum.example", AGENT, NOW.plusSeconds(2), ROLE));
	}

	@Test
	void aGroupIsCreatedGainsAndLosesAMemberAndIsDeleted() {
		TenantGroup group = new TenantGroup(CUSTOMER, " Sales ", BY, NOW);
		UUID jane = UUID.randomUUID();
		assertThat(group.domainEvents())
			.containsExactly(new TenantGroupCreated(group.id(), CUSTOMER, PARTNER, "Sales", AGENT, NOW, ROLE));
		group.clearDomainEvents();

		group.addMember(jane, "jane@adatum.example", BY, NOW);
		assertThat(group.domainEvents()).containsExactly(
				new GroupMemberAdded(group.id(), CUSTOMER, PARTNER, "Sales: jane@adatum.example", AGENT, NOW, ROLE));
		group.clearDomainEvents();

		group.removeMember(jane, "jane@adatum.example", BY, NOW);
		assertThat(group.domainEvents()).containsExactly(
				new GroupMemberRemoved(group.id(), CUSTOMER, PARTNER, "Sales: jane@adatum.example", AGENT, NOW, ROLE));
		group.clearDomainEvents();

		group.delete(BY, NOW);
		assertThat(group.domainEvents())
			.containsExactly(new TenantGroupDeleted(group.id(), CUSTOMER, PARTNER, "Sales", AGENT, NOW, ROLE));
	}

	@Test
	void aMemberAddedTwiceOrRemovedWithoutBeingOneRaisesNothing() {
		TenantGroup group = new TenantGroup(CUSTOMER, "Sales", BY, NOW);
		UUID jane = UUID.randomUUID();
		group.addMember(jane, "jane@adatum.example", BY, NOW);
		group.clearDomainEvents();

		assertThat(group.addMember(jane, "jane@adatum.example", BY, NOW)).isFalse();
		assertThat(group.removeMember(UUID.randomUUID(), "john@adatum.example", BY, NOW)).isFalse();
		group.forgetRemovedUser(jane);

		assertThat(group.domainEvents()).isEmpty();
		assertThat(group.memberIds()).isEmpty();
	}

	@Test
	void aMailboxIsCreatedAndRemoved() {
		UUID userId = UUID.randomUUID();
		Mailbox mailbox = new Mailbox(CUSTOMER, userId, "jane", "adatum.example", 50, BY, NOW);
		assertThat(mailbox.domainEvents()).containsExactly(
				new MailboxCreated(mailbox.id(), CUSTOMER, PARTNER, "jane@adatum.example", AGENT, NOW, ROLE));
		mailbox.clearDomainEvents();

		mailbox.remove(BY, NOW);
		assertThat(mailbox.domainEvents()).containsExactly(
				new MailboxRemoved(mailbox.id(), CUSTOMER, PARTNER, "jane@adatum.example", AGENT, NOW, ROLE));
	}

	@Test
	void aMigrationIsRequestedAndCancelledOnce() {
		DataMigration migration = new DataMigration(CUSTOMER, SourceSystem.IMAP,
				List.of("b@adatum.example", "a@adatum.example"), NOW.plus(Duration.ofDays(1)), BY, NOW);
		assertThat(migration.domainEvents()).containsExactly(new DataMigrationRequested(migration.id(), CUSTOMER,
				PARTNER, "IMAP: a@adatum.example, b@adatum.example", AGENT, NOW, ROLE));
		assertThat(migration.toView().requestedByName()).isEqualTo("ada@contoso-partners.example");
		migration.clearDomainEvents();

		migration.cancel(BY, NOW.plusSeconds(5));
		assertThat(migration.domainEvents()).containsExactly(new DataMigrationCancelled(migration.id(), CUSTOMER,
				PARTNER, "IMAP: a@adatum.example, b@adatum.example", AGENT, NOW.plusSeconds(5), ROLE));
		migration.clearDomainEvents();

		assertThatIllegalStateException().isThrownBy(() -> migration.cancel(BY, NOW.plusSeconds(6)));
		assertThat(migration.domainEvents()).isEmpty();
	}

	@Test
	void theCustomersOwnAdminActsForNoPartner() {
		Actor admin = new Actor(Actor.Kind.CUSTOMER_ADMIN, UUID.randomUUID(), "admin@adatum.example");
		TenantGroup group = new TenantGroup(CUSTOMER, "Sales", new ChangedBy(admin, null, null), NOW);

		assertThat(group.domainEvents())
			.containsExactly(new TenantGroupCreated(group.id(), CUSTOMER, null, "Sales", admin, NOW, null));
	}

}
