package com.partnerportal.delegation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerStandings;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Standing;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestDelegatedAdminTerms;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Delegated admin as time passes, on the real database with the test clock: reminders 30,
 * 7 and 1 day before the end, once each, to every admin of both sides in its language;
 * access stops at the end date before any job runs; the job ends the relationship (both
 * sides mailed, the activity log records it) or extends it by 180 days (reminders again
 * for the new end), but not for a suspended partner; the customers of relationships
 * without an end date are told once that they can narrow them; two runs at once send each
 * mail once.
 */
@PortalIntegrationTest
class DelegatedAdminTermsFlowTest {

	@Autowired
	DelegatedAdminTerms terms;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	Partners partners;

	@Autowired
	PartnerStandings standings;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	UUID partnerId;

	String partnerName;

	String englishAdmin;

	String japaneseAdmin;

	String salesAgent;

	Tenant tenant;

	UUID relationshipId;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.partnerName = this.partners.partner(this.partnerId).name();
		this.englishAdmin = this.testData.user(this.partnerId, PartnerRole.PARTNER_ADMIN);
		this.japaneseAdmin = TestData.uniqueEmail("hana");
		this.partners.addUser(this.partnerId, this.japaneseAdmin, "Hana Admin", TestData.PASSWORD, "ja",
				EnumSet.of(PartnerRole.PARTNER_ADMIN));
		this.salesAgent = this.testData.user(this.partnerId, PartnerRole.SALES_AGENT);
		this.tenant = this.tenants.acceptedTrial(this.testData.principal(this.partners, this.salesAgent), true);
		this.customerAccounts.changePreferredLanguage(this.tenant.admin(), Locale.KOREAN);
		this.relationshipId = this.delegatedAdmins.current(this.tenant.customerId()).orElseThrow().id();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void remindsBothSidesThirtySevenAndOneDayBeforeTheEndOnceEachInTheirLanguage() {
		Instant endsAt = this.clock.instant().plus(Duration.ofDays(40));
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, endsAt, false);

		this.terms.run();
		assertThat(mails("delegated-admin-ending-partner")).isZero();

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(10));
		this.terms.run();
		assertReminders(1);
		TestMailServer.awaitMail(this.japaneseAdmin, "に終了します");
		assertThat(text("delegated-admin-ending-partner", this.japaneseAdmin)).contains("Hana Admin")
			.contains("委任管理者")
			.contains("/partner/customers/" + this.tenant.customerId());
		TestMailServer.awaitMail(this.tenant.contactEmail(), "에 종료됩니다");
		assertThat(text("delegated-admin-ending-customer", this.tenant.contactEmail())).contains(this.partnerName)
			.contains("위임된 관리자")
			.contains("/customer/partners");
		TestMailServer.awaitMail(this.englishAdmin, "Your delegated admin of " + this.tenant.name() + " ends on");

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(23));
		this.terms.run();
		assertReminders(2);

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(6));
		this.terms.run();
		assertReminders(3);
		assertThat(this.jdbc.queryForList(
				"select days_before from delegated_admin_end_reminder where delegated_admin_id = ? order by days_before desc",
				Integer.class, this.relationshipId))
			.containsExactly(30, 7, 1);
		assertThat(termMailsTo(this.salesAgent)).as("reminders go to the partner's admins").isZero();
		assertThat(this.delegatedAdmins.current(this.tenant.customerId())).get()
			.satisfies((relationship) -> assertThat(relationship.isActive()).isTrue());
	}

	@Test
	void accessStopsAtTheEndDateBeforeTheJobRunsWhichThenEndsItAndTellsBothSides() throws Exception {
		PortalUser agent = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.ADMIN_AGENT));
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, this.clock.instant().plus(Duration.ofDays(2)),
				false);
		String console = "/tenants/" + this.tenant.customerId() + "/users";
		this.mvc.perform(get(console).with(user(agent))).andExpect(status().isOk());

		this.clock.advance(Duration.ofDays(2).plusMinutes(1));
		this.mvc.perform(get(console).with(user(agent))).andExpect(status().isForbidden());
		assertThat(this.delegatedAdmins.holdsActive(this.partnerId, this.tenant.customerId())).isFalse();
		assertThat(state()).as("nothing has run yet").isEqualTo("ACTIVE");

		this.terms.run();
		this.terms.run();
		assertThat(state()).isEqualTo("ENDED");
		assertThat(this.jdbc.queryForObject("select end_reason from delegated_admin where id = ?", String.class,
				this.relationshipId))
			.isEqualTo("EXPIRED");
		assertThat(mails("delegated-admin-expired-partner", this.englishAdmin)).isOne();
		assertThat(mails("delegated-admin-expired-partner", this.japaneseAdmin)).isOne();
		assertThat(mails("delegated-admin-expired-customer", this.tenant.contactEmail())).isOne();
		TestMailServer.awaitMail(this.englishAdmin, "Your delegated admin of " + this.tenant.name() + " has ended");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'DELEGATED_ADMIN_EXPIRED'",
					Integer.class, this.relationshipId) == 1);
		await().atMost(Duration.ofSeconds(30))
			.alias("the marketplace's badges no longer count it as active")
			.until(() -> Boolean.FALSE.equals(this.jdbc.queryForObject(
					"select bool_or(active) from marketplace_delegated_admin where relationship_id = ?", Boolean.class,
					this.relationshipId)));
		this.mvc.perform(get(console).with(user(agent))).andExpect(status().isForbidden());
	}

	@Test
	void extendsItselfBy180DaysAtTheEndAndIsRemindedAgainOfTheNewEnd() {
		Instant endsAt = this.clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(Duration.ofDays(3));
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, endsAt, true);

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(2).plusHours(1));
		assertThat(mails("delegated-admin-extending-partner", this.englishAdmin)).isOne();
		assertThat(mails("delegated-admin-extending-customer", this.tenant.contactEmail())).isOne();

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(1));
		assertThat(state()).isEqualTo("ACTIVE");
		assertThat(endsAt()).isEqualTo(endsAt.plus(Duration.ofDays(180)));
		assertThat(mails("delegated-admin-extended-partner", this.japaneseAdmin)).isOne();
		assertThat(mails("delegated-admin-extended-customer", this.tenant.contactEmail())).isOne();
		assertThat(this.delegatedAdmins.holdsActive(this.partnerId, this.tenant.customerId())).isTrue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'DELEGATED_ADMIN_EXTENDED'",
					Integer.class, this.relationshipId) == 1);

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(150));
		assertThat(mails("delegated-admin-extending-partner", this.englishAdmin))
			.as("the 30-day reminder of the new end date")
			.isEqualTo(2);
	}

	@Test
	void aSuspendedPartnerIsNotExtendedItsRelationshipEnds() {
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, this.clock.instant().plus(Duration.ofDays(1)),
				true);
		this.standings.change(operator(), this.partnerId, Standing.SUSPENDED, "Unpaid invoices");

		TestDelegatedAdminTerms.advanceAndRun(this.clock, this.terms, Duration.ofDays(1).plusMinutes(1));
		assertThat(state()).isEqualTo("ENDED");
		assertThat(mails("delegated-admin-expired-not-extended-partner", this.englishAdmin)).isOne();
		assertThat(mails("delegated-admin-expired-not-extended-customer", this.tenant.contactEmail())).isOne();
		assertThat(mails("delegated-admin-extended-partner", this.englishAdmin)).isZero();
	}

	@Test
	void theCustomerOfARelationshipWithoutEndDateIsToldOnceThatItCanNarrowIt() {
		// as relationships approved before roles and end dates: every role, no end date
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, null, false);
		TestDelegatedAdminTerms.existedBeforeEndDates(this.jdbc, this.relationshipId);
		this.terms.run();
		this.terms.run();
		assertThat(mails("delegated-admin-narrowing-customer", this.tenant.contactEmail())).isOne();
		TestMailServer.awaitMail(this.tenant.contactEmail(), "좁힐 수 있습니다");
		assertThat(termMailsTo(this.englishAdmin)).as("only the customer is told").isZero();
	}

	@Test
	void onlyRelationshipsFromBeforeEndDatesGetTheNarrowingNotice() {
		this.terms.run();
		assertThat(mails("delegated-admin-narrowing-customer", this.tenant.contactEmail()))
			.as("approved after end dates came")
			.isZero();
	}

	@Test
	void twoRunsAtOnceSendEachReminderOnce() throws Exception {
		TestDelegatedAdminTerms.endsAt(this.jdbc, this.relationshipId, this.clock.instant().plus(Duration.ofDays(6)),
				false);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<DelegatedAdminTerms.TermRun>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return this.terms.run();
				}));
			}
			start.countDown();
			for (Future<DelegatedAdminTerms.TermRun> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(mails("delegated-admin-ending-partner", this.englishAdmin)).isOne();
		assertThat(mails("delegated-admin-ending-customer", this.tenant.contactEmail())).isOne();
	}

	private void assertReminders(int expected) {
		assertThat(mails("delegated-admin-ending-partner", this.englishAdmin)).isEqualTo(expected);
		assertThat(mails("delegated-admin-ending-partner", this.japaneseAdmin)).isEqualTo(expected);
		assertThat(mails("delegated-admin-ending-customer", this.tenant.contactEmail())).isEqualTo(expected);
	}

	private String state() {
		return this.jdbc.queryForObject("select state from delegated_admin where id = ?", String.class,
				this.relationshipId);
	}

	private Instant endsAt() {
		return this.jdbc
			.queryForObject("select ends_at from delegated_admin where id = ?", OffsetDateTime.class,
					this.relationshipId)
			.toInstant();
	}

	private String text(String name, String recipient) {
		return this.jdbc.queryForObject(
				"select text_body from mail_message where template = ? and recipient = ? order by created_at limit 1",
				String.class, name, recipient);
	}

	private int mails(String name) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_message where template = ? and recipient in (?, ?, ?)", Integer.class, name,
				this.englishAdmin, this.japaneseAdmin, this.tenant.contactEmail());
	}

	private int mails(String name, String recipient) {
		return this.jdbc.queryForObject("select count(*) from mail_message where template = ? and recipient = ?",
				Integer.class, name, recipient);
	}

	private int termMailsTo(String recipient) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_message where recipient = ? and template like 'delegated-admin-%ing-%'",
				Integer.class, recipient);
	}

	private static PortalUser operator() {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null, "olga@operator.example",
				"Olga Operator", Locale.ENGLISH, Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()), null);
	}

}
