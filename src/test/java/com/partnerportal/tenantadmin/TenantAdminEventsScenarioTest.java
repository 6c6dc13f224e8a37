package com.partnerportal.tenantadmin;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8, item 3: each change of a tenant (its users, groups, mailboxes and data
 * migrations) raises its past-tense event when the aggregate is saved or deleted, and the
 * activity log records each after commit, with the partner that acted on the customer's
 * behalf.
 */
@PortalIntegrationTest
@EnableScenarios
class TenantAdminEventsScenarioTest {

	@Autowired
	TenantUsers users;

	@Autowired
	TenantGroups groups;

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	DataMigrations migrations;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	UUID partnerId;

	PortalUser agent;

	@BeforeEach
	void setUp() {
		PortalUser seller = this.testData.principal(this.partners,
				this.testData.user(this.testData.signedPartner(TestData.ALL_SERVICES), PartnerRole.SALES_AGENT));
		this.tenant = this.tenants.acceptedTrial(seller, true);
		this.partnerId = seller.organizationId();
		this.agent = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT));
	}

	@Test
	void aUserAddedChangedAndRemovedOnBehalfIsInTheActivityLogWithThePartner(Scenario scenario) {
		UUID userId = this.users.add(this.tenant.customerId(), new NewTenantUser("Jane Doe", "jane", Set.of()),
				this.agent);
		this.users.change(this.tenant.customerId(), userId, new TenantUserChange("Jane Smith", Set.of()), this.agent);

		scenario.stimulate(() -> this.users.remove(this.tenant.customerId(), userId, this.agent))
			.andWaitForEventOfType(TenantUserRemoved.class)
			.matchingMappedValue(TenantUserRemoved::userId, userId)
			.toArriveAndVerify((event) -> {
				assertThat(event.address()).isEqualTo("jane@" + this.tenant.domain());
				assertThat(event.partnerId()).isEqualTo(this.partnerId);
				awaitActivity(userId,
						List.of("TENANT_USER_ADDED jane@" + this.tenant.domain(),
								"TENANT_USER_CHANGED jane@" + this.tenant.domain(),
								"TENANT_USER_REMOVED jane@" + this.tenant.domain()));
			});
	}

	@Test
	void aGroupCreatedWithAMemberAddedAndRemovedThenDeletedIsInTheActivityLog(Scenario scenario) {
		UUID userId = this.users.add(this.tenant.customerId(), new NewTenantUser("John", "john", Set.of()),
				this.tenant.admin());
		UUID groupId = this.groups.create(this.tenant.customerId(), "Sales", this.tenant.admin());
		this.groups.addMember(this.tenant.customerId(), groupId, userId, this.tenant.admin());
		this.groups.removeMember(this.tenant.customerId(), groupId, userId, this.tenant.admin());

		scenario.stimulate(() -> this.groups.delete(this.tenant.customerId(), groupId, this.tenant.admin()))
			.andWaitForEventOfType(TenantGroupDeleted.class)
			.matchingMappedValue(TenantGroupDeleted::groupId, groupId)
			.toArriveAndVerify((event) -> {
				assertThat(event.partnerId()).isNull();
				awaitActivity(groupId,
						List.of("TENANT_GROUP_CREATED Sales",
								"TENANT_GROUP_MEMBER_ADDED Sales: john@" + this.tenant.domain(),
								"TENANT_GROUP_MEMBER_REMOVED Sales: john@" + this.tenant.domain(),
								"TENANT_GROUP_DELETED Sales"));
			});
	}

	@Test
	void aMailboxCreatedAndRemovedIsInTheActivityLog(Scenario scenario) {
		UUID userId = this.users.add(this.tenant.customerId(), new NewTenantUser("Mia", "mia", Set.of()), this.agent);
		UUID mailboxId = this.mailboxes.create(this.tenant.customerId(), new NewMailbox(userId, "mia", 10), this.agent);

		scenario.stimulate(() -> this.mailboxes.remove(this.tenant.customerId(), mailboxId, this.agent))
			.andWaitForEventOfType(MailboxRemoved.class)
			.matchingMappedValue(MailboxRemoved::mailboxId, mailboxId)
			.toArriveAndVerify(
					(event) -> awaitActivity(mailboxId, List.of("TENANT_MAILBOX_CREATED mia@" + this.tenant.domain(),
							"TENANT_MAILBOX_REMOVED mia@" + this.tenant.domain())));
	}

	@Test
	void aMigrationRequestedAndCancelledIsInTheActivityLog(Scenario scenario) {
		UUID userId = this.users.add(this.tenant.customerId(), new NewTenantUser("Max", "max", Set.of()), this.agent);
		UUID mailboxId = this.mailboxes.create(this.tenant.customerId(), new NewMailbox(userId, "max", 10), this.agent);
		UUID migrationId = this.migrations.request(this.tenant.customerId(), new NewDataMigration(SourceSystem.IMAP,
				Set.of(mailboxId), this.clock.instant().plus(Duration.ofDays(1))), this.agent);

		scenario.stimulate(() -> this.migrations.cancel(this.tenant.customerId(), migrationId, this.agent))
			.andWaitForEventOfType(DataMigrationCancelled.class)
			.matchingMappedValue(DataMigrationCancelled::migrationId, migrationId)
			.toArriveAndVerify((event) -> awaitActivity(migrationId,
					List.of("TENANT_MIGRATION_REQUESTED IMAP: max@" + this.tenant.domain(),
							"TENANT_MIGRATION_CANCELLED IMAP: max@" + this.tenant.domain())));
	}

	/**
	 * Waits until the activity log has exactly these entries about the subject, in this
	 * order, each with the partner that acted (or none), and the tenant.
	 */
	private void awaitActivity(UUID subjectId, List<String> entries) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select action || ' ' || detail from audit_entry where subject_id = ? order by occurred_at, action",
					String.class, subjectId))
				.containsExactlyElementsOf(entries));
		assertThat(this.jdbc.queryForList("select distinct customer_id from audit_entry where subject_id = ?",
				UUID.class, subjectId))
			.containsExactly(this.tenant.customerId());
	}

}
