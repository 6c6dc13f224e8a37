package com.partnerportal.invitation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 14: one open delegated-admin request per partner and customer, whether
 * sent alone, by domain, or riding a trial invitation or purchase offer; none to a
 * customer whose delegated admin the partner is already. Enforced by the server and a
 * partial unique index.
 */
@PortalIntegrationTest
class OneOpenDelegatedAdminRequestTest {

	private static final String ALREADY_OPEN = "delegation.request.already-open";

	private static final String ALREADY_DELEGATED_ADMIN = "delegation.request.already-delegated-admin";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	Tenants customerTenants;

	@Autowired
	Invitations invitations;

	@Autowired
	PurchaseOffers offers;

	@Autowired
	DelegatedAdminRequests requests;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = seller(this.partnerId);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void refusesEveryRequestToACustomerWhoseDelegatedAdminThePartnerIsAlready() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, null, true, "MAIL_PLAN_1");
		int mailsBefore = TestMailServer.mailsTo(tenant.contactEmail()).size();

		assertRefused(() -> this.requests.send(this.sales, tenant.customerId()), ALREADY_DELEGATED_ADMIN);
		assertRefused(() -> this.requests.sendToTenant(this.sales, tenant.domain()), ALREADY_DELEGATED_ADMIN);
		assertRefused(() -> this.invitations.send(this.sales, trialWithRequest(tenant.customerId())),
				ALREADY_DELEGATED_ADMIN);
		assertRefused(() -> this.offers.send(this.sales, offerWithRequest(tenant.customerId())),
				ALREADY_DELEGATED_ADMIN);
		this.mvc
			.perform(post("/partner/customers/{id}/delegated-admin-request", tenant.customerId()).with(csrf())
				.with(user(this.sales)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You are already this customer’s delegated admin")));
		this.mvc
			.perform(post("/partner/delegated-admin-requests").with(csrf())
				.with(user(this.sales))
				.param("domain", tenant.domain()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You are already this customer’s delegated admin")));

		assertThat(openRequests(tenant.customerId())).isZero();
		assertThat(TestMailServer.mailsTo(tenant.contactEmail())).hasSize(mailsBefore);
	}

	@Test
	void aSecondOpenRequestIsRefusedAloneByDomainOrRidingATrialOrAnOffer() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, null, false, "MAIL_PLAN_1");
		this.requests.send(this.sales, tenant.customerId());

		assertRefused(() -> this.requests.send(this.sales, tenant.customerId()), ALREADY_OPEN);
		assertRefused(() -> this.requests.sendToTenant(this.sales, tenant.domain()), ALREADY_OPEN);
		assertRefused(() -> this.invitations.send(this.sales, trialWithRequest(tenant.customerId())), ALREADY_OPEN);
		assertRefused(() -> this.offers.send(this.sales, offerWithRequest(tenant.customerId())), ALREADY_OPEN);
		this.mvc
			.perform(post("/partner/customers/{id}/delegated-admin-request", tenant.customerId()).with(csrf())
				.with(user(this.sales)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("You already have an open delegated-admin request")));
		this.mvc
			.perform(post("/partner/invitations").with(csrf())
				.with(user(this.sales))
				.param("customerId", tenant.customerId().toString())
				.param("language", "en")
				.param("offerCodes", "BUSINESS_PREMIUM")
				.param("delegatedAdmin", "true"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("You already have an open delegated-admin request")));

		assertThat(openRequests(tenant.customerId())).isOne();
		// without a delegated-admin request, a trial to the same customer still goes out
		this.invitations.send(this.sales, new NewTrialInvitation(tenant.customerId(), null, null, null, null, null,
				List.of("BUSINESS_PREMIUM"), false, null, null));
	}

	@Test
	void anotherPartnerMayStillRequestAndADecidedOrExpiredRequestNoLongerCounts() {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, null, false, "MAIL_PLAN_1");
		UUID first = this.requests.send(this.sales, tenant.customerId());

		UUID otherPartner = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.requests.sendToTenant(seller(otherPartner), tenant.domain());

		this.invitations.revoke(this.sales, first);
		UUID second = this.requests.send(this.sales, tenant.customerId());
		assertThat(second).isNotEqualTo(first);

		// past its expiry but not yet marked by the job: it does not block a new one
		this.clock.advance(Duration.ofDays(31));
		UUID third = this.requests.send(this.sales, tenant.customerId());
		assertThat(this.jdbc.queryForObject("select state from invitation where id = ?", String.class, second))
			.isEqualTo("EXPIRED");
		assertThat(openRequests(tenant.customerId())).isOne();
		// and the expired one cannot be reopened beside the open one
		assertThatThrownBy(() -> this.invitations.resend(this.sales, second)).isInstanceOf(ConflictException.class);
		assertThat(third).isNotNull();
	}

	@Test
	void simultaneousRequestsLeaveExactlyOneOpen() throws Exception {
		Tenant tenant = this.tenants.acceptedTrial(this.sales, null, false, "MAIL_PLAN_1");
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<String>> outcomes = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			outcomes.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				try {
					this.requests.send(this.sales, tenant.customerId());
					return "sent";
				}
				catch (InvitationRejectedException ex) {
					return ex.messageKey();
				}
			}));
		}
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(results).filteredOn("sent"::equals).hasSize(1);
		assertThat(results).filteredOn(ALREADY_OPEN::equals).hasSize(threads - 1);
		assertThat(openRequests(tenant.customerId())).isOne();
	}

	private void assertRefused(Runnable send, String messageKey) {
		assertThatThrownBy(send::run).isInstanceOfSatisfying(InvitationRejectedException.class, (ex) -> {
			assertThat(ex.reason()).isIn(InvitationRejectedException.Reason.ALREADY_DELEGATED_ADMIN,
					InvitationRejectedException.Reason.DELEGATED_ADMIN_REQUEST_OPEN);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

	private int openRequests(UUID customerId) {
		return this.jdbc.queryForObject("""
				select count(*) from invitation where partner_id = ? and customer_id = ?
				and delegated_admin_requested and state in ('SENT', 'VIEWED')""", Integer.class, this.partnerId,
				customerId);
	}

	private static NewTrialInvitation trialWithRequest(UUID customerId) {
		return new NewTrialInvitation(customerId, null, null, null, null, null, List.of("BUSINESS_PREMIUM"), true, null,
				null);
	}

	private static NewPurchaseOffer offerWithRequest(UUID customerId) {
		return new NewPurchaseOffer(customerId, null, null, null, null, null,
				List.of(new PurchaseOfferLine("MAIL_PLAN_1", 5, BillingTerm.MONTHLY)), 30, true, null);
	}

	private PortalUser seller(UUID partner) {
		return this.testData.principal(this.partners, this.testData.user(partner, PartnerRole.SALES_AGENT));
	}

}
