package com.partnerportal.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.partnerportal.customer.CustomerAccounts;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AttentionItem;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.support.QueueFilter.AssigneeFilter;
import com.partnerportal.tenantadmin.DataMigrations;
import com.partnerportal.tenantadmin.MigrationState;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The back-office support queue on real PostgreSQL and SMTP: a support agent answers from
 * the queue (the customer's admin and the partner user who opened the request are mailed,
 * each in their language; the first answer meets the SLA), the queue's filters, two
 * agents at once, the home page's counts, and data migrations moved on by the back
 * office.
 */
@PortalIntegrationTest
class SupportQueueFlowTest {

	@Autowired
	ServiceRequests serviceRequests;

	@Autowired
	ServiceRequestQueue queue;

	@Autowired
	SupportAttention attention;

	@Autowired
	DataMigrations dataMigrations;

	@Autowired
	BackOfficeAdmins backOffice;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	CustomerAccounts customerAccounts;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Tenant tenant;

	PortalUser agent;

	PortalUser colleague;

	@BeforeEach
	void setUp() {
		this.tenant = new TestTenants(this.testData, this.partners, this.invitations, this.acceptance,
				this.customerAccounts, this.customerSubscriptions)
			.acceptedTrial();
		this.agent = backOfficeUser(BackOfficeRole.SUPPORT_AGENT, "Sora Support");
		this.colleague = backOfficeUser(BackOfficeRole.BACK_OFFICE_ADMIN, "Olivia Operator");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAnswerFromTheQueueIsMailedToTheCustomerAndThePartnerUserInTheirLanguagesAndMeetsTheSla() throws Exception {
		this.customerAccounts.changePreferredLanguage(this.tenant.admin(), Locale.JAPANESE);
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String helpdeskEmail = TestData.uniqueEmail("helpdesk");
		this.partners.addUser(partnerId, helpdeskEmail, "Hye-jin Helpdesk", TestData.PASSWORD, "ko",
				EnumSet.of(PartnerRole.HELPDESK_AGENT));
		PortalUser helpdesk = this.testData.principal(this.partners, helpdeskEmail);
		this.delegatedAdmins.approve(this.tenant.customerId(), this.tenant.name(), partnerId, null,
				Actor.of(this.tenant.admin()));
		ServiceRequestView opened = this.serviceRequests.open(helpdesk, this.tenant.customerId(), new NewServiceRequest(
				"Mail stuck", "Since 9:00", ServiceRequestCategory.TECHNICAL, ServiceRequestSeverity.HIGH));
		QueueEntry before = entry(opened.id());
		assertThat(before.sla().state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(before.sla().dueAt()).isCloseTo(opened.openedAt().plus(Duration.ofHours(4)),
				within(1, ChronoUnit.MILLIS));
		assertThat(before.cloudInstance()).isEqualTo(CloudInstance.GLOBAL);
		assertThat(before.customerName()).isEqualTo(this.tenant.name());

		this.queue.answer(this.agent, opened.id(), before.version(), "We restarted the relay. Please check.",
				ServiceRequestState.WAITING_FOR_CUSTOMER);

		MimeMessage toCustomer = TestMailServer.awaitMail(this.tenant.contactEmail(), "に新しい返信があります");
		assertThat(toCustomer.getSubject()).isEqualTo("サービス リクエスト " + opened.reference() + " に新しい返信があります: Mail stuck");
		assertThat(storedText(this.tenant.contactEmail())).contains("お客様の返信待ち");
		MimeMessage toPartner = TestMailServer.awaitMail(helpdeskEmail, "새 답변이 있습니다");
		assertThat(toPartner.getSubject()).isEqualTo("서비스 요청 " + opened.reference() + "에 새 답변이 있습니다: Mail stuck");
		assertThat(storedText(helpdeskEmail)).contains("고객 응답 대기 중");

		QueueDetail detail = this.queue.detail(opened.id());
		assertThat(detail.request().state()).isEqualTo(ServiceRequestState.WAITING_FOR_CUSTOMER);
		assertThat(detail.request().sla().state()).isEqualTo(SlaState.MET);
		assertThat(detail.request().sla().firstResponseAt()).isNotNull();
		assertThat(detail.replies()).singleElement().satisfies((reply) -> {
			assertThat(reply.authorKind()).isEqualTo(AuthorKind.BACK_OFFICE_ADMIN);
			assertThat(reply.authorName()).isEqualTo("Sora Support");
		});
		// the customer sees the answer on its own page
		assertThat(this.serviceRequests.get(this.tenant.customerId(), opened.id()).replies())
			.extracting(ServiceRequestReplyView::body)
			.containsExactly("We restarted the relay. Please check.");
		await().untilAsserted(() -> assertThat(auditActions(opened.id())).contains("SERVICE_REQUEST_REPLIED"));
	}

	@Test
	void theQueueFiltersBySlaSeverityInstanceAndAssignee() {
		ServiceRequestView critical = open("Everything is down", ServiceRequestSeverity.CRITICAL);
		ServiceRequestView normal = open("A question", ServiceRequestSeverity.NORMAL);
		this.queue.assign(this.agent, normal.id(), entry(normal.id()).version(), this.agent.accountId());
		// 2 hours later: the critical request is overdue, the normal one is not
		this.clock.advance(Duration.ofHours(2));

		assertThat(ids(filter(SlaState.OVERDUE, null, null, AssigneeFilter.ANYONE))).contains(critical.id())
			.doesNotContain(normal.id());
		assertThat(ids(filter(SlaState.ON_TRACK, null, null, AssigneeFilter.ANYONE))).contains(normal.id())
			.doesNotContain(critical.id());
		assertThat(ids(filter(null, ServiceRequestSeverity.CRITICAL, null, AssigneeFilter.ANYONE)))
			.contains(critical.id())
			.doesNotContain(normal.id());
		assertThat(ids(filter(null, null, CloudInstance.GLOBAL, AssigneeFilter.ANYONE))).contains(critical.id(),
				normal.id());
		assertThat(ids(filter(null, null, CloudInstance.CHINA_21VIANET, AssigneeFilter.ANYONE)))
			.doesNotContain(critical.id(), normal.id());
		assertThat(ids(filter(null, null, null, AssigneeFilter.user(this.agent.accountId())))).contains(normal.id())
			.doesNotContain(critical.id());
		assertThat(ids(filter(null, null, null, AssigneeFilter.UNASSIGNED))).contains(critical.id())
			.doesNotContain(normal.id());
		assertThat(entry(normal.id()).assigneeName()).isEqualTo("Sora Support");

		List<AttentionItem> items = this.attention.attentionItems();
		assertThat(items).extracting(AttentionItem::href)
			.containsExactly("/admin/support?sla=OVERDUE", "/admin/support?sla=DUE_SOON",
					"/admin/support?assignee=unassigned");
		assertThat(items.get(0).count()).isPositive();
		assertThat(items.get(2).count()).isPositive();
	}

	@Test
	void twoAgentsAssigningAtOnceEndWithOneAssignmentAndAFriendlyConflict() throws Exception {
		ServiceRequestView opened = open("Who takes it?", ServiceRequestSeverity.HIGH);
		long version = entry(opened.id()).version();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Object> first = threads.submit(assignOnSignal(start, this.agent, opened.id(), version));
			Future<Object> second = threads.submit(assignOnSignal(start, this.colleague, opened.id(), version));
			start.countDown();
			List<Object> outcomes = List.of(first.get(), second.get());

			assertThat(outcomes).filteredOn((outcome) -> outcome instanceof UUID).hasSize(1);
			assertThat(outcomes).filteredOn((outcome) -> outcome instanceof ConflictException)
				.singleElement()
				.satisfies((ex) -> assertThat(((ConflictException) ex).messageKey())
					.isEqualTo("support.queue.error.stale"));
			UUID winner = (UUID) outcomes.stream().filter((outcome) -> outcome instanceof UUID).findFirst().get();
			assertThat(entry(opened.id()).assigneeId()).isEqualTo(winner);
			await().untilAsserted(
					() -> assertThat(auditActions(opened.id())).containsOnlyOnce("SERVICE_REQUEST_ASSIGNED"));
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aChangeOnAnOlderVersionIsRefusedAndNothingIsSaved() {
		ServiceRequestView opened = open("Stale page", ServiceRequestSeverity.NORMAL);
		long shown = entry(opened.id()).version();
		this.queue.changeState(this.colleague, opened.id(), shown, ServiceRequestState.IN_PROGRESS);

		assertThatThrownBy(
				() -> this.queue.answer(this.agent, opened.id(), shown, "Late answer", ServiceRequestState.RESOLVED))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("support.queue.error.stale"));
		assertThat(this.queue.detail(opened.id()).replies()).isEmpty();
		assertThat(entry(opened.id()).state()).isEqualTo(ServiceRequestState.IN_PROGRESS);
		assertThatThrownBy(() -> this.queue.changeState(this.agent, opened.id(), entry(opened.id()).version(),
				ServiceRequestState.OPEN))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("support.queue.error.transition"));
	}

	@Test
	void theBackOfficeMovesADataMigrationOnAndTheCustomerIsMailedInItsLanguage() throws Exception {
		this.customerAccounts.changePreferredLanguage(this.tenant.admin(), Locale.KOREAN);
		UUID migrationId = UUID.randomUUID();
		Instant now = this.clock.instant();
		this.jdbc.update("""
				insert into data_migration (id, customer_id, source_system, scheduled_for, state, requested_by_name,
				                            created_at, updated_at, version)
				values (?, ?, 'IMAP', ?, 'REQUESTED', 'admin', ?, ?, 0)""", migrationId, this.tenant.customerId(),
				Timestamp.from(now.plus(Duration.ofDays(2))), Timestamp.from(now), Timestamp.from(now));
		this.jdbc.update("insert into data_migration_mailbox (migration_id, address) values (?, ?)", migrationId,
				"kim@" + this.tenant.domain());

		assertThat(this.dataMigrations.forBackOffice(MigrationState.REQUESTED, this.tenant.customerId(),
				PageRequest.of(0, 10)))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.nextStates()).containsExactly(MigrationState.SCHEDULED,
					MigrationState.FAILED));
		this.dataMigrations.moveOnByBackOffice(this.agent, migrationId, 0, MigrationState.SCHEDULED);

		MimeMessage mail = TestMailServer.awaitMail(this.tenant.contactEmail(), "데이터 마이그레이션 상태");
		assertThat(mail.getSubject()).isEqualTo("데이터 마이그레이션 상태: 일정 확정");
		assertThatThrownBy(
				() -> this.dataMigrations.moveOnByBackOffice(this.agent, migrationId, 0, MigrationState.IN_PROGRESS))
			.isInstanceOfSatisfying(ConflictException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("support.migration.error.stale"));
		await().untilAsserted(
				() -> assertThat(auditActions(migrationId)).containsExactly("TENANT_MIGRATION_STATE_CHANGED"));
	}

	private ServiceRequestView open(String title, ServiceRequestSeverity severity) {
		return this.serviceRequests.open(this.tenant.admin(), this.tenant.customerId(),
				new NewServiceRequest(title, "Details of " + title, ServiceRequestCategory.TECHNICAL, severity));
	}

	private Callable<Object> assignOnSignal(CountDownLatch start, PortalUser who, UUID requestId, long version) {
		return () -> {
			start.await();
			try {
				this.queue.assign(who, requestId, version, who.accountId());
				return who.accountId();
			}
			catch (ConflictException ex) {
				return ex;
			}
		};
	}

	private List<QueueEntry> filter(SlaState sla, ServiceRequestSeverity severity, CloudInstance instance,
			AssigneeFilter assignee) {
		// newest first: the requests of other tests stay in the queue
		return this.queue
			.queue(new QueueFilter(null, severity, instance, sla, assignee),
					PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "openedAt")))
			.getContent();
	}

	private static List<UUID> ids(List<QueueEntry> entries) {
		return entries.stream().map(QueueEntry::id).toList();
	}

	/** The request's entry as the queue shows it (the customer's requests only). */
	private QueueEntry entry(UUID id) {
		return this.queue.detail(id).request();
	}

	private PortalUser backOfficeUser(BackOfficeRole role, String name) {
		String email = TestData.uniqueEmail("operator");
		this.backOffice.create(email, name, TestData.PASSWORD, "en", role);
		return this.backOffice.findForSignIn(email).orElseThrow();
	}

	private List<String> auditActions(UUID subjectId) {
		return this.jdbc.queryForList("select action from audit_entry where subject_id = ? order by occurred_at",
				String.class, subjectId);
	}

	/** The text of the reply mail to a recipient as the mail log stores it. */
	private String storedText(String recipient) {
		return this.jdbc.queryForObject(
				"select text_body from mail_message where recipient = ? and template = 'service-request-replied'",
				String.class, recipient);
	}

}
