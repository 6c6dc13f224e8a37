package com.partnerportal.delegation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.invitation.AcceptOutcome;
import com.partnerportal.invitation.CustomerChoices;
import com.partnerportal.invitation.DelegatedAdminDecision;
import com.partnerportal.invitation.DelegatedAdminRequests;
import com.partnerportal.invitation.InvitationAcceptance;
import com.partnerportal.invitation.InvitationRejectedException;
import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewPurchaseOffer;
import com.partnerportal.invitation.NewTenantDetails;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.invitation.PurchaseOfferLine;
import com.partnerportal.invitation.PurchaseOffers;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Delegated admin end to end on real PostgreSQL: eligibility, the customer's separate
 * approval, one active relationship per customer (also under concurrent approvals),
 * handover, removal, the tenant access check, and independence from Partner of Record.
 */
@PortalIntegrationTest
class DelegatedAdminFlowTest {

	@Autowired
	InvitationAcceptance acceptance;

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	DelegatedAdminRequests requests;

	@Autowired
	DelegatedAdmins delegatedAdmins;

	@Autowired
	TenantAccess tenantAccess;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Subscriptions customerSubscriptions;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestTenants tenants;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = principal(this.partnerId, PartnerRole.SALES_AGENT);
	}

	@Test
	void onlyEnrolledPartnersWithASignedAgreementMayRequestDelegatedAdmin() {
		UUID notEnrolled = this.partners.register(TestData.unique("NotEnrolled"), CloudInstance.GLOBAL,
				EnumSet.noneOf(Program.class), TestData.ALL_SERVICES);
		this.partners.signAgreement(notEnrolled, "2026-01", "Signer");
		PortalUser seller = principal(notEnrolled, PartnerRole.PARTNER_ADMIN);
		String email = TestData.uniqueEmail("c");

		assertThatThrownBy(() -> this.invitations.send(seller,
				new NewTrialInvitation(null, "C", "N", email, "en", null, List.of("MAIL_PLAN_1"), true, null, null)))
			.isInstanceOfSatisfying(InvitationRejectedException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("delegation.not-eligible"));
		assertThat(this.jdbc.queryForObject("select count(*) from invitation where email = ?", Integer.class, email))
			.isZero();
		assertThat(this.delegatedAdmins.isEligible(notEnrolled)).isFalse();
		assertThat(this.delegatedAdmins.isEligible(this.partnerId)).isTrue();
	}

	@Test
	void aNewCustomerAcceptsTheTrialAndSeparatelyApprovesDelegatedAdmin() {
		String email = TestData.uniqueEmail("dap");
		this.invitations.send(this.sales, new NewTrialInvitation(null, "Dap Co", "Dana", email, "en", null,
				List.of("BUSINESS_STANDARD"), true, null, null));
		MimeMessage mail = TestMailServer.awaitMail(email, "");
		assertThat(TestMailServer.body(mail)).contains("delegated admin");

		AcceptOutcome.Accepted accepted = (AcceptOutcome.Accepted) this.acceptance.accept(TestMailServer.token(mail),
				null,
				new CustomerChoices(
						new NewTenantDetails("Dap Co", TestData.unique("dap").toLowerCase(), "Dana", "a-good-password"),
						true));

		DelegatedAdminView current = this.delegatedAdmins.current(accepted.customerId()).orElseThrow();
		assertThat(current.partnerId()).isEqualTo(this.partnerId);
		assertThat(current.approvedByName()).isEqualTo(accepted.tenant().admin().getUsername());
		TestMailServer.awaitMail(this.sales.getUsername(), "You are now the delegated admin");
	}

	@Test
	void acceptingAnOfferWhileDecliningDelegatedAdminIsAllowed() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		UUID offerId = this.offers.send(this.sales, new NewPurchaseOffer(tenant.customerId(), null, null, null, null,
				null, List.of(new PurchaseOfferLine("BUSINESS_STANDARD", 5, BillingTerm.MONTHLY)), 30, true, null));
		String token = TestMailServer.token(TestMailServer.nextMailTo(tenant.contactEmail(), before));

		assertThat(this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);

		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId()))
			.extracting(SubscriptionView::licenseCount)
			.containsExactly(5);
		assertThat(this.delegatedAdmins.current(tenant.customerId())).isEmpty();
		assertThat(this.invitations.get(this.partnerId, offerId).delegatedAdminDecision())
			.isEqualTo(DelegatedAdminDecision.DECLINED);
	}

	@Test
	void approvingAnotherPartnerReplacesTheFirstWhichIsMailed() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "BUSINESS_STANDARD");
		UUID secondPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser secondSales = principal(secondPartner, PartnerRole.PARTNER_ADMIN);
		int before = TestMailServer.mailsTo(tenant.contactEmail()).size();
		this.requests.sendToTenant(secondSales, this.customerTenants.customer(tenant.customerId()).domain());
		String token = TestMailServer.token(TestMailServer.nextMailTo(tenant.contactEmail(), before));

		assertThat(this.invitations.open(token, tenant.admin()).currentDelegatedAdmin())
			.isEqualTo(this.partners.partner(this.partnerId).name());
		assertThat(this.acceptance.accept(token, tenant.admin(), new CustomerChoices(null, false)))
			.isInstanceOf(AcceptOutcome.Accepted.class);

		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().partnerId())
			.isEqualTo(secondPartner);
		assertThat(this.delegatedAdmins.history(tenant.customerId())).hasSize(2)
			.filteredOn((h) -> h.partnerId().equals(this.partnerId))
			.singleElement()
			.satisfies((h) -> assertThat(h.endReason()).isEqualTo(EndReason.REPLACED));
		TestMailServer.awaitMail(this.sales.getUsername(), "chose another delegated admin");
		assertThat(this.customerTenants.customerOfPartner(tenant.customerId(), secondPartner).id())
			.isEqualTo(tenant.customerId());
		assertThatThrownBy(() -> this.requests.sendToTenant(secondSales, "no-such-tenant.cloudportal.example"))
			.isInstanceOf(InvitationRejectedException.class);
	}

	@Test
	void simultaneousApprovalsEndWithExactlyOneActiveRelationship() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		List<UUID> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			candidates.add(this.testData.signedPartner(TestData.ALL_SERVICES));
		}
		candidates.add(candidates.get(0));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(candidates.size());
		List<Future<DelegatedAdminView>> results = new ArrayList<>();
		for (UUID candidate : candidates) {
			results.add(pool.submit(() -> {
				start.await();
				return this.delegatedAdmins.approve(tenant.customerId(), "Tenant", candidate, null,
						Actor.of(tenant.admin()));
			}));
		}
		start.countDown();
		for (Future<DelegatedAdminView> result : results) {
			assertThat(result.get(60, TimeUnit.SECONDS).isActive()).isTrue();
		}
		pool.shutdown();

		assertThat(this.jdbc.queryForObject(
				"select count(*) from delegated_admin where customer_id = ? and state = 'ACTIVE'", Integer.class,
				tenant.customerId()))
			.isEqualTo(1);
		assertThat(this.delegatedAdmins.history(tenant.customerId())).hasSizeBetween(4, 5);
	}

	@Test
	void theDatabaseRefusesASecondActiveRelationship() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "BUSINESS_STANDARD");
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		assertThatThrownBy(() -> this.jdbc.update("""
				insert into delegated_admin (id, customer_id, partner_id, state, approved_at, approved_by_name, version)
				values (?, ?, ?, 'ACTIVE', now(), 'sql', 0)""", UUID.randomUUID(), tenant.customerId(), other))
			.hasMessageContaining("delegated_admin_one_active_per_customer");
	}

	@Test
	void theAccessCheckFollowsTheRelationshipAndTheRoles() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "BUSINESS_STANDARD");
		Tenant stranger = this.tenants.acceptedTrial(this.sales, false, "BUSINESS_STANDARD");
		PortalUser adminAgent = principal(this.partnerId, PartnerRole.ADMIN_AGENT);
		PortalUser helpdesk = principal(this.partnerId, PartnerRole.HELPDESK_AGENT);
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser otherAgent = principal(otherPartner, PartnerRole.ADMIN_AGENT);

		assertThat(this.tenantAccess.may(tenant.admin(), tenant.customerId(), TenantAction.USERS, true)).isTrue();
		assertThat(this.tenantAccess.may(stranger.admin(), tenant.customerId(), TenantAction.SERVICE_REQUESTS, true))
			.isFalse();
		assertThat(this.tenantAccess.may(adminAgent, tenant.customerId(), TenantAction.USERS, true)).isTrue();
		assertThat(this.tenantAccess.may(adminAgent, stranger.customerId(), TenantAction.USERS, true)).isFalse();
		assertThat(this.tenantAccess.may(helpdesk, tenant.customerId(), TenantAction.SERVICE_REQUESTS, true)).isTrue();
		assertThat(this.tenantAccess.may(helpdesk, tenant.customerId(), TenantAction.USERS, true)).isFalse();
		assertThat(this.tenantAccess.may(this.sales, tenant.customerId(), TenantAction.SERVICE_REQUESTS, true))
			.isFalse();
		assertThat(this.tenantAccess.may(otherAgent, tenant.customerId(), TenantAction.USERS, true)).isFalse();

		this.delegatedAdmins.remove(tenant.customerId(), "Tenant", Actor.of(tenant.admin()));

		assertThat(this.tenantAccess.may(adminAgent, tenant.customerId(), TenantAction.USERS, true)).isFalse();
		assertThat(this.tenantAccess.may(tenant.admin(), tenant.customerId(), TenantAction.USERS, true)).isTrue();
		TestMailServer.awaitMail(this.sales.getUsername(), "removed you as delegated admin");
		await().untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"select action from audit_entry where customer_id = ? and action like 'DELEGATED_ADMIN_%'",
				String.class, tenant.customerId()))
			.contains("DELEGATED_ADMIN_APPROVED", "DELEGATED_ADMIN_REMOVED"));
	}

	@Test
	void partnerOfRecordAndDelegatedAdminAreDesignatedIndependently() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, true, "BUSINESS_STANDARD");
		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		String otherName = this.partners.partner(otherPartner).name();
		UUID subscriptionId = this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).id();

		this.customerSubscriptions.designatePartnerOfRecord(tenant.customerId(), subscriptionId, otherName,
				Actor.of(tenant.admin()));

		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).partnerOfRecordId())
			.isEqualTo(otherPartner);
		assertThat(this.delegatedAdmins.current(tenant.customerId()).orElseThrow().partnerId())
			.isEqualTo(this.partnerId);

		this.delegatedAdmins.remove(tenant.customerId(), "Tenant", Actor.of(tenant.admin()));
		assertThat(this.customerSubscriptions.subscriptions(tenant.customerId()).get(0).partnerOfRecordId())
			.isEqualTo(otherPartner);
		assertThat(this.customerSubscriptions.partnerOfRecordSubscriptions(otherPartner,
				org.springframework.data.domain.Pageable.ofSize(10)))
			.extracting(SubscriptionView::id)
			.containsExactly(subscriptionId);
		assertThatThrownBy(() -> this.customerSubscriptions.designatePartnerOfRecord(tenant.customerId(),
				subscriptionId, "no such partner", Actor.of(tenant.admin())))
			.isInstanceOf(com.partnerportal.customer.PartnerOfRecordException.class);
		assertThatThrownBy(() -> this.customerSubscriptions.designatePartnerOfRecord(tenant.customerId(),
				UUID.randomUUID(), otherName, Actor.of(tenant.admin())))
			.isInstanceOf(com.partnerportal.platform.NotFoundException.class);
	}

	private PortalUser principal(UUID partner, PartnerRole role) {
		return this.testData.principal(this.partners, this.testData.user(partner, role));
	}

}
