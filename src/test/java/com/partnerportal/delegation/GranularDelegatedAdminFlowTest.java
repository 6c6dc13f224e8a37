package com.partnerportal.delegation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.DelegatedAdminRequests;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationRejectedException;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Granular delegated admin on the real database, with real mail: a request names roles
 * and a duration, the customer approves some of them, the tenant check follows the roles
 * on every request, the customer takes roles back, and the partner's amendments are
 * accepted or refused (also two at once).
 */
@PortalIntegrationTest
class GranularDelegatedAdminFlowTest {

	private static final Set<DelegatedRole> THREE = EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS,
			DelegatedRole.MAILBOXES);

	private static final Set<DelegatedRole> TWO = EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS);

	@Autowired
	DelegatedAdminRequests requests;

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	DelegatedAdminAmendments amendments;

	@Autowired
	TenantAccess tenantAccess;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	PortalUser agent;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(PartnerRole.SALES_AGENT);
		this.agent = principal(PartnerRole.ADMIN_AGENT);
	}

	@Test
	void theCustomerApprovesTwoOfThreeRolesForNinetyDaysAndTheAgentMayActOnlyInThoseAreas() {
		Tenant tenant = approvedWith(TWO);

		DelegatedAdminView relationship = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();
		assertThat(relationship.roles()).containsExactlyInAnyOrderElementsOf(TWO);
		assertThat(relationship.endsAt()).isEqualTo(relationship.approvedAt().plus(Duration.ofDays(90)));
		assertThat(relationship.autoExtend()).isFalse();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.USERS, true)).isTrue();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.GROUPS, true)).isTrue();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.MAILBOXES, false)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select delegated_admin_decision from invitation where customer_id = ? and kind = 'DELEGATED_ADMIN'",
				String.class, tenant.customerId()))
			.isEqualTo("APPROVED");
	}

	@Test
	void aRequestWithForgedTermsIsRefusedAndNothingIsSaved() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		assertRefused(
				() -> this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(Set.of(), 90, false)),
				InvitationRejectedException.Reason.DELEGATED_ROLES_REQUIRED);
		assertRefused(() -> this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(TWO, 731, false)),
				InvitationRejectedException.Reason.DELEGATED_DAYS_OUT_OF_RANGE);
		assertRefused(() -> this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(TWO, 0, false)),
				InvitationRejectedException.Reason.DELEGATED_DAYS_OUT_OF_RANGE);
		Set<DelegatedRole> everyArea = EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.GROUPS,
				DelegatedRole.MAILBOXES, DelegatedRole.DATA_MIGRATIONS, DelegatedRole.SERVICE_REQUESTS);
		assertRefused(
				() -> this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(everyArea, 90, true)),
				InvitationRejectedException.Reason.DELEGATED_AUTO_EXTEND_WITH_EVERY_ROLE);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from invitation where customer_id = ? and kind = 'DELEGATED_ADMIN'", Integer.class,
				tenant.customerId()))
			.isZero();
	}

	@Test
	void takingBackARoleStopsItOnTheNextRequestAndTheLastOneRemovesThePartner() {
		Tenant tenant = approvedWith(TWO);
		this.delegatedAdmins.takeBack(tenant.customerId(), tenant.name(), Set.of(DelegatedRole.GROUPS),
				Actor.of(tenant.admin()));

		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.GROUPS, false)).isFalse();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.USERS, true)).isTrue();
		assertThat(text(TestMailServer.awaitMail(this.sales.getUsername(), "took back"))).contains("Groups");

		this.delegatedAdmins.takeBack(tenant.customerId(), tenant.name(), Set.of(DelegatedRole.USERS_AND_LICENSES),
				Actor.of(tenant.admin()));

		assertThat(this.delegatedAdmins.current(tenant.customerId())).isEmpty();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.USERS, false)).isFalse();
		assertThat(this.jdbc.queryForObject("select end_reason from delegated_admin where customer_id = ?",
				String.class, tenant.customerId()))
			.isEqualTo("REMOVED_BY_CUSTOMER");
	}

	@Test
	void anAcceptedAmendmentChangesTheOneRelationshipAndIsKeptAsItsHistory() {
		Tenant tenant = approvedWith(TWO);
		DelegatedAdminView before = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();

		UUID amendment = this.amendments.propose(this.partnerId, tenant.customerId(),
				EnumSet.of(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.MAILBOXES), 30, Actor.of(this.sales));

		String mail = text(TestMailServer.awaitMail(tenant.contactEmail(), "proposes a change"));
		assertThat(mail).contains("/customer/partners/delegated-admin/amendments/" + amendment);
		DelegatedAdminAmendmentView shown = this.amendments.amendmentOf(tenant.customerId(), amendment);
		assertThat(shown.rolesAdded()).containsExactly(DelegatedRole.MAILBOXES);
		assertThat(shown.rolesRemoved()).containsExactly(DelegatedRole.GROUPS);
		assertThat(shown.endsAtAfter()).isEqualTo(before.endsAt().plus(Duration.ofDays(30)));

		this.amendments.accept(tenant.customerId(), tenant.name(), amendment, Actor.of(tenant.admin()));

		DelegatedAdminView after = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.roles()).containsExactlyInAnyOrder(DelegatedRole.USERS_AND_LICENSES, DelegatedRole.MAILBOXES);
		assertThat(after.endsAt()).isEqualTo(before.endsAt().plus(Duration.ofDays(30)));
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.MAILBOXES, true)).isTrue();
		assertThat(this.tenantAccess.may(this.agent, tenant.customerId(), TenantAction.GROUPS, false)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from delegated_admin where customer_id = ?", Integer.class,
				tenant.customerId()))
			.isOne();
		assertThat(this.amendments.history(after)).singleElement()
			.satisfies((entry) -> assertThat(entry.state()).isEqualTo(AmendmentState.ACCEPTED));
		assertThat(text(TestMailServer.awaitMail(this.sales.getUsername(), "accepted your proposed change")))
			.contains("Mailboxes");
	}

	@Test
	void aNewProposalReplacesTheOpenOneAndARefusedOneChangesNothing() {
		Tenant tenant = approvedWith(TWO);
		UUID first = this.amendments.propose(this.partnerId, tenant.customerId(), THREE, null, Actor.of(this.sales));
		UUID second = this.amendments.propose(this.partnerId, tenant.customerId(), TWO, 60, Actor.of(this.sales));

		assertThat(this.amendments.amendmentOf(tenant.customerId(), first).state()).isEqualTo(AmendmentState.REPLACED);
		assertThatExceptionOfType(AmendmentAlreadyDecidedException.class).isThrownBy(
				() -> this.amendments.accept(tenant.customerId(), tenant.name(), first, Actor.of(tenant.admin())));
		DelegatedAdminView before = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();

		this.amendments.refuse(tenant.customerId(), tenant.name(), second, Actor.of(tenant.admin()));

		DelegatedAdminView after = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();
		assertThat(after.roles()).isEqualTo(before.roles());
		assertThat(after.endsAt()).isEqualTo(before.endsAt());
		assertThat(this.amendments.amendmentOf(tenant.customerId(), second).state()).isEqualTo(AmendmentState.REFUSED);
	}

	@Test
	void twoProposalsAtOnceLeaveOneOpenAndTwoAcceptancesAtOnceApplyItOnce() throws Exception {
		Tenant tenant = approvedWith(TWO);
		List<Object> proposed = together(
				() -> this.amendments.propose(this.partnerId, tenant.customerId(), THREE, null, Actor.of(this.sales)),
				() -> this.amendments.propose(this.partnerId, tenant.customerId(), TWO, 30, Actor.of(this.sales)));
		assertThat(proposed).allMatch(UUID.class::isInstance);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from delegated_admin_amendment where customer_id = ? and state = 'PROPOSED'",
				Integer.class, tenant.customerId()))
			.isOne();
		UUID open = this.amendments.open(tenant.customerId()).orElseThrow().id();
		DelegatedAdminView before = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();

		List<Object> accepted = together(
				() -> this.amendments.accept(tenant.customerId(), tenant.name(), open, Actor.of(tenant.admin())),
				() -> this.amendments.accept(tenant.customerId(), tenant.name(), open, Actor.of(tenant.admin())));

		assertThat(accepted).filteredOn(DelegatedAdminView.class::isInstance).hasSize(1);
		assertThat(accepted).filteredOn(AmendmentAlreadyDecidedException.class::isInstance).hasSize(1);
		DelegatedAdminView after = this.delegatedAdmins.current(tenant.customerId()).orElseThrow();
		DelegatedAdminAmendmentView decided = this.amendments.amendmentOf(tenant.customerId(), open);
		assertThat(decided.state()).isEqualTo(AmendmentState.ACCEPTED);
		// an extension applied once, not twice
		assertThat(after.endsAt()).isEqualTo(
				before.endsAt().plus(Duration.ofDays((decided.extensionDays() != null) ? decided.extensionDays() : 0)));
	}

	@Test
	void aPartnerCannotAmendAnotherPartnersRelationshipNorACustomerAnswerAnotherCustomersAmendment() {
		Tenant tenant = approvedWith(TWO);
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		assertThatExceptionOfType(com.partnerportal.platform.NotFoundException.class).isThrownBy(
				() -> this.amendments.propose(otherPartner, tenant.customerId(), THREE, null, Actor.of(this.sales)));
		UUID amendment = this.amendments.propose(this.partnerId, tenant.customerId(), THREE, null,
				Actor.of(this.sales));
		Tenant otherCustomer = this.tenants.acceptedTrial("MAIL_PLAN_1");
		assertThatExceptionOfType(com.partnerportal.platform.NotFoundException.class).isThrownBy(() -> this.amendments
			.accept(otherCustomer.customerId(), otherCustomer.name(), amendment, Actor.of(otherCustomer.admin())));
		assertThat(this.amendments.amendmentOf(tenant.customerId(), amendment).isOpen()).isTrue();
	}

	/**
	 * A tenant of the partner that approved the partner's request for three roles for 90
	 * days with these roles.
	 */
	private Tenant approvedWith(Set<DelegatedRole> approved) {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "MAIL_PLAN_1");
		this.requests.send(this.sales, tenant.customerId(), new DelegationTerms(THREE, 90, false));
		String token = TestMailServer
			.token(TestMailServer.awaitMail(tenant.contactEmail(), "asks to become your delegated admin"));
		this.acceptance.accept(token, tenant.admin(), CustomerChoices.approvingRoles(null, approved));
		return tenant;
	}

	private static List<Object> together(Callable<?>... calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<?> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					try {
						return call.call();
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			start.countDown();
			List<Object> results = new ArrayList<>();
			for (Future<Object> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * A mail's whole text, its quoted-printable soft line breaks joined.
	 */
	private static String text(MimeMessage mail) {
		return GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=3D", "=");
	}

	private static void assertRefused(Runnable send, InvitationRejectedException.Reason reason) {
		assertThatExceptionOfType(InvitationRejectedException.class).isThrownBy(send::run)
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	private PortalUser principal(PartnerRole role) {
		return this.testData.principal(this.partners, this.testData.user(this.partnerId, role));
	}

}
