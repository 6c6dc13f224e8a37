package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.TenantAdminRejectedException.Reason;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Tenant administration on a real PostgreSQL: license limits that hold under concurrent
 * assignments, removals that free what they held, and ids of another tenant that are not
 * found.
 */
@PortalIntegrationTest
class TenantAdministrationTest {

	/** APPS_FOR_BUSINESS trials come with 10 licenses. */
	static final String OFFER = "APPS_FOR_BUSINESS";

	static final int TRIAL_LICENSES = 10;

	@Autowired
	TenantUsers users;

	@Autowired
	TenantGroups groups;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	DataMigrations migrations;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestTenants tenants;

	@BeforeEach
	void setUp() {
		this.tenants = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions);
	}

	@Test
	void assignsLicensesUpToTheLicenseCountAndNotOneMore() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID subscriptionId = tenant.subscription(OFFER).id();
		for (int i = 0; i < TRIAL_LICENSES; i++) {
			addUser(tenant, "user" + i, subscriptionId);
		}

		assertThatThrownBy(() -> addUser(tenant, "one-too-many", subscriptionId))
			.isInstanceOfSatisfying(TenantAdminRejectedException.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(Reason.LICENSES_ALL_ASSIGNED);
				assertThat(ex.messageKey()).isEqualTo("tenant.user.license.full");
			});

		assertThat(licensesOf(subscriptionId)).isEqualTo(TRIAL_LICENSES);
		assertThat(userNames(tenant)).doesNotContain("one-too-many");
		assertThat(this.users.licenseOptions(tenant.customerId())).singleElement().satisfies((option) -> {
			assertThat(option.used()).isEqualTo(TRIAL_LICENSES);
			assertThat(option.isFull()).isTrue();
		});
	}

	@Test
	void eightAdminsAssigningTheLastFreeLicenseAtOnceEndWithOneAssignment() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID subscriptionId = tenant.subscription(OFFER).id();
		for (int i = 0; i < TRIAL_LICENSES - 1; i++) {
			addUser(tenant, "licensed" + i, subscriptionId);
		}
		List<UUID> waiting = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			waiting.add(addUser(tenant, "waiting" + i));
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(waiting.size());
		List<Future<Boolean>> results = new ArrayList<>();
		for (UUID userId : waiting) {
			Callable<Boolean> assignment = () -> {
				start.await();
				try {
					this.users.change(tenant.customerId(), userId,
							new TenantUserChange("Waiting user", Set.of(subscriptionId)), tenant.admin());
					return true;
				}
				catch (TenantAdminRejectedException ex) {
					assertThat(ex.messageKey()).isEqualTo("tenant.user.license.full");
					return false;
				}
			};
			results.add(pool.submit(assignment));
		}
		start.countDown();
		int assigned = 0;
		for (Future<Boolean> result : results) {
			if (result.get(60, TimeUnit.SECONDS)) {
				assigned++;
			}
		}
		pool.shutdown();

		assertThat(assigned).isEqualTo(1);
		assertThat(licensesOf(subscriptionId)).isEqualTo(TRIAL_LICENSES);
	}

	@Test
	void removingAUserFreesItsLicenseAndRemovesItsMembershipsAndMailbox() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID subscriptionId = tenant.subscription(OFFER).id();
		for (int i = 0; i < TRIAL_LICENSES; i++) {
			addUser(tenant, "user" + i, subscriptionId);
		}
		UUID leaving = this.users.list(tenant.customerId(), PageRequest.of(0, 1)).getContent().get(0).id();
		UUID group = this.groups.create(tenant.customerId(), "Sales", tenant.admin());
		this.groups.addMember(tenant.customerId(), group, leaving, tenant.admin());
		this.mailboxes.create(tenant.customerId(), new NewMailbox(leaving, "leaving", 10), tenant.admin());
		assertThatThrownBy(() -> addUser(tenant, "newcomer", subscriptionId))
			.isInstanceOf(TenantAdminRejectedException.class);

		this.users.remove(tenant.customerId(), leaving, tenant.admin());

		assertThat(licensesOf(subscriptionId)).isEqualTo(TRIAL_LICENSES - 1);
		assertThat(this.groups.get(tenant.customerId(), group).memberCount()).isZero();
		assertThat(this.mailboxes.all(tenant.customerId())).isEmpty();
		assertThatThrownBy(() -> this.users.get(tenant.customerId(), leaving)).isInstanceOf(NotFoundException.class);
		UUID newcomer = addUser(tenant, "newcomer", subscriptionId);
		assertThat(this.users.get(tenant.customerId(), newcomer).licensedOfferCodes()).containsExactly(OFFER);
	}

	@Test
	void takingALicenseAwayFreesIt() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID subscriptionId = tenant.subscription(OFFER).id();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < TRIAL_LICENSES; i++) {
			ids.add(addUser(tenant, "user" + i, subscriptionId));
		}

		this.users.change(tenant.customerId(), ids.get(0), new TenantUserChange("Renamed", Set.of()), tenant.admin());

		assertThat(licensesOf(subscriptionId)).isEqualTo(TRIAL_LICENSES - 1);
		assertThat(this.users.get(tenant.customerId(), ids.get(0)).displayName()).isEqualTo("Renamed");
		addUser(tenant, "next", subscriptionId);
		assertThat(licensesOf(subscriptionId)).isEqualTo(TRIAL_LICENSES);
	}

	@Test
	void anotherTenantsIdsAreNotFound() {
		Tenant own = this.tenants.acceptedTrial(OFFER);
		Tenant other = this.tenants.acceptedTrial(OFFER);
		UUID otherUser = addUser(other, "theirs", other.subscription(OFFER).id());
		UUID otherGroup = this.groups.create(other.customerId(), "Theirs", other.admin());
		UUID otherMailbox = this.mailboxes.create(other.customerId(), new NewMailbox(otherUser, "theirs", 5),
				other.admin());
		UUID otherMigration = this.migrations.request(other.customerId(), new NewDataMigration(SourceSystem.IMAP,
				Set.of(otherMailbox), this.clock.instant().plus(Duration.ofDays(2))), other.admin());
		UUID ownUser = addUser(own, "mine");
		UUID ownGroup = this.groups.create(own.customerId(), "Mine", own.admin());
		UUID ownId = own.customerId();

		assertThatThrownBy(() -> this.users.get(ownId, otherUser)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.users.change(ownId, otherUser, new TenantUserChange("Mine now", Set.of()), own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.remove(ownId, otherUser, own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.change(ownId, ownUser,
				new TenantUserChange("Mine", Set.of(other.subscription(OFFER).id())), own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.users.add(ownId,
				new NewTenantUser("Sneaky", "sneaky", Set.of(other.subscription(OFFER).id())), own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.groups.detail(ownId, otherGroup)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.groups.delete(ownId, otherGroup, own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.groups.addMember(ownId, ownGroup, otherUser, own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.mailboxes.create(ownId, new NewMailbox(otherUser, "stolen", 5), own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.mailboxes.remove(ownId, otherMailbox, own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> this.migrations.request(ownId,
						new NewDataMigration(SourceSystem.IMAP, Set.of(otherMailbox),
								this.clock.instant().plusSeconds(3600)),
						own.admin()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.migrations.cancel(ownId, otherMigration, own.admin()))
			.isInstanceOf(NotFoundException.class);

		assertThat(this.users.get(other.customerId(), otherUser).displayName()).isEqualTo("User theirs");
		assertThat(this.groups.detail(other.customerId(), otherGroup).members()).isEmpty();
		assertThat(this.mailboxes.all(other.customerId())).hasSize(1);
		assertThat(this.migrations.get(other.customerId(), otherMigration).state()).isEqualTo(MigrationState.REQUESTED);
	}

	@Test
	void userNamesAreUniquePerTenantIgnoringCaseButMayRepeatAcrossTenants() {
		Tenant one = this.tenants.acceptedTrial(OFFER);
		Tenant two = this.tenants.acceptedTrial(OFFER);
		addUser(one, "jane");

		assertThatThrownBy(
				() -> this.users.add(one.customerId(), new NewTenantUser("Jane", "JANE", Set.of()), one.admin()))
			.isInstanceOf(TenantAdminRejectedException.class);
		assertThatThrownBy(() -> addUser(one, "jane")).isInstanceOfSatisfying(TenantAdminRejectedException.class,
				(ex) -> assertThat(ex.messageKey()).isEqualTo("tenant.user.userName.taken"));
		UUID other = addUser(two, "jane");
		assertThat(this.users.get(two.customerId(), other).address()).isEqualTo("jane@" + two.domain());
	}

	@Test
	void aUserHasOneMailboxAtAnAddressNobodyElseHas() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID jane = addUser(tenant, "jane");
		UUID john = addUser(tenant, "john");
		this.mailboxes.create(tenant.customerId(), new NewMailbox(jane, "jane", 50), tenant.admin());

		assertRejected(
				() -> this.mailboxes.create(tenant.customerId(), new NewMailbox(jane, "jane2", 50), tenant.admin()),
				Reason.USER_HAS_MAILBOX, "tenant.mailbox.user.has-mailbox");
		assertRejected(
				() -> this.mailboxes.create(tenant.customerId(), new NewMailbox(john, "jane", 50), tenant.admin()),
				Reason.MAILBOX_ADDRESS_TAKEN, "tenant.mailbox.address.taken");
		// the size's range is the form's (MailboxFormValidationTest); the command refuses
		// it
		// for any other caller
		assertThatThrownBy(() -> new NewMailbox(john, "john", 101)).isInstanceOf(IllegalArgumentException.class);
		assertThat(this.mailboxes.usersWithoutMailbox(tenant.customerId())).extracting(TenantUserView::id)
			.containsExactly(john);
	}

	@Test
	void aMigrationIsRequestedForTheFutureAndCancelledOnlyWhileRequested() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID jane = addUser(tenant, "jane");
		UUID mailbox = this.mailboxes.create(tenant.customerId(), new NewMailbox(jane, "jane", 50), tenant.admin());
		Instant now = this.clock.instant();

		assertRejected(
				() -> this.migrations.request(tenant.customerId(),
						new NewDataMigration(SourceSystem.IMAP, Set.of(mailbox), now.minusSeconds(60)), tenant.admin()),
				Reason.MIGRATION_NOT_IN_FUTURE, "tenant.migration.scheduledFor.future");
		// at least one mailbox is the form's rule (DataMigrationFormValidationTest); the
		// command refuses none for any other caller
		assertThatThrownBy(() -> new NewDataMigration(SourceSystem.IMAP, Set.of(), now.plusSeconds(3600)))
			.isInstanceOf(IllegalArgumentException.class);

		UUID id = this.migrations.request(tenant.customerId(),
				new NewDataMigration(SourceSystem.EXCHANGE_ON_PREMISES, Set.of(mailbox), now.plusSeconds(3600)),
				tenant.admin());
		assertThat(this.migrations.get(tenant.customerId(), id).mailboxes()).containsExactly("jane@" + tenant.domain());
		this.migrations.cancel(tenant.customerId(), id, tenant.admin());
		assertThat(this.migrations.get(tenant.customerId(), id).state()).isEqualTo(MigrationState.CANCELLED);
		assertThatThrownBy(() -> this.migrations.cancel(tenant.customerId(), id, tenant.admin()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void everyChangeIsInTheActivityLogWithItsTarget() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		UUID jane = addUser(tenant, "jane", tenant.subscription(OFFER).id());
		UUID group = this.groups.create(tenant.customerId(), "Sales", tenant.admin());
		this.groups.addMember(tenant.customerId(), group, jane, tenant.admin());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select action || ' ' || detail from audit_entry where customer_id = ? and action like 'TENANT_%'",
					String.class, tenant.customerId()))
				.contains("TENANT_USER_ADDED jane@" + tenant.domain(), "TENANT_GROUP_CREATED Sales",
						"TENANT_GROUP_MEMBER_ADDED Sales: jane@" + tenant.domain()));
		assertThat(this.jdbc.queryForList(
				"select distinct actor_name from audit_entry where customer_id = ? and action like 'TENANT_%'",
				String.class, tenant.customerId()))
			.containsExactly(tenant.admin().getUsername());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where customer_id = ? and action like 'TENANT_%' and partner_id is not null",
				Integer.class, tenant.customerId()))
			.isZero();
	}

	@Test
	void everyChangeChecksTenantAccessItselfWhoeverCallsIt() {
		Tenant tenant = this.tenants.acceptedTrial(OFFER);
		Tenant other = this.tenants.acceptedTrial(OFFER);
		UUID userId = addUser(tenant, "kept");
		UUID group = this.groups.create(tenant.customerId(), "Kept", tenant.admin());
		this.groups.addMember(tenant.customerId(), group, userId, tenant.admin());
		UUID mailbox = this.mailboxes.create(tenant.customerId(), new NewMailbox(userId, "kept", 5), tenant.admin());
		UUID migration = this.migrations.request(tenant.customerId(),
				new NewDataMigration(SourceSystem.IMAP, Set.of(mailbox), this.clock.instant().plus(Duration.ofDays(2))),
				tenant.admin());
		UUID partnerWithoutDelegatedAdmin = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser foreignAgent = this.testData.principal(this.partners,
				this.testData.user(partnerWithoutDelegatedAdmin, PartnerRole.ADMIN_AGENT));
		PortalUser backOfficeAdmin = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				"admin@operator.example", "Olga Operator", Locale.ENGLISH, Set.of("BACK_OFFICE_ADMIN"), null);
		UUID id = tenant.customerId();

		for (PortalUser outsider : Arrays.asList(other.admin(), foreignAgent, backOfficeAdmin, null)) {
			List<ThrowingCallable> changes = List.of(
					() -> this.users.add(id, new NewTenantUser("Intruder", "intruder", Set.of()), outsider),
					() -> this.users.change(id, userId, new TenantUserChange("Renamed", Set.of()), outsider),
					() -> this.users.remove(id, userId, outsider), () -> this.groups.create(id, "Theirs", outsider),
					() -> this.groups.addMember(id, group, userId, outsider),
					() -> this.groups.removeMember(id, group, userId, outsider),
					() -> this.groups.delete(id, group, outsider),
					() -> this.mailboxes.create(id, new NewMailbox(userId, "other", 5), outsider),
					() -> this.mailboxes.remove(id, mailbox, outsider),
					() -> this.migrations.request(id,
							new NewDataMigration(SourceSystem.IMAP, Set.of(mailbox),
									this.clock.instant().plus(Duration.ofDays(3))),
							outsider),
					() -> this.migrations.cancel(id, migration, outsider));
			for (ThrowingCallable change : changes) {
				assertThatThrownBy(change).isInstanceOf(ForbiddenException.class);
			}
		}

		assertThat(userNames(tenant)).containsExactly("kept");
		assertThat(this.users.get(id, userId).displayName()).isEqualTo("User kept");
		assertThat(this.groups.detail(id, group).members()).hasSize(1);
		assertThat(this.mailboxes.all(id)).hasSize(1);
		assertThat(this.migrations.get(id, migration).state()).isEqualTo(MigrationState.REQUESTED);
	}

	private UUID addUser(Tenant tenant, String userName, UUID... subscriptionIds) {
		return this.users.add(tenant.customerId(),
				new NewTenantUser("User " + userName, userName, Set.of(subscriptionIds)), tenant.admin());
	}

	private int licensesOf(UUID subscriptionId) {
		return this.jdbc.queryForObject("select count(*) from tenant_user_license where subscription_id = ?",
				Integer.class, subscriptionId);
	}

	private List<String> userNames(Tenant tenant) {
		return this.jdbc.queryForList("select user_name from tenant_user where customer_id = ?", String.class,
				tenant.customerId());
	}

	private static void assertRejected(Runnable action, Reason reason, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(TenantAdminRejectedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(reason);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
