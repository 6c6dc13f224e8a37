package com.partnerportal.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SecureTokens;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Invariant 10 for every writer of a customer's link to a partner (customer_partner, a
 * natural key) and of its subscriptions: delegated-admin approvals of many partners, and
 * an approval with purchase-offer acceptances of one partner, for one customer, all at
 * once, end in one active relationship, one link per partner, one subscription per offer,
 * and no 5xx. (One partner has at most one open delegated-admin request per customer, so
 * simultaneous approvals of one partner come with its purchases.)
 */
@PortalIntegrationTest
class SimultaneousApprovalsConcurrencyTest {

	private static final int APPROVALS = 20;

	private static final int PURCHASES = 19;

	private static final String OFFER = "BUSINESS_PREMIUM";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants testTenants;

	@Autowired
	Partners partners;

	@Autowired
	Catalog catalog;

	@Autowired
	InvitationRepository invitations;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestTenants.Tenant tenant;

	UUID partnerId;

	PortalUser sales;

	@BeforeEach
	void setUp() {
		// the tenant is another partner's customer: the approving partner is not linked
		// to it yet, so every request below inserts the same customer_partner key
		this.tenant = this.testTenants.acceptedTrial();
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.sales = this.testData.principal(this.partners,
				this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
	}

	@Test
	void twentySimultaneousApprovalsOfTwentyPartnersEndInOneActiveDelegatedAdminAndNoServerError() throws Exception {
		List<String> tokens = new ArrayList<>();
		List<UUID> approving = new ArrayList<>();
		for (int i = 0; i < APPROVALS; i++) {
			UUID partner = this.testData.signedPartner(TestData.ALL_SERVICES);
			UUID user = this.testData.principal(this.partners, this.testData.user(partner, PartnerRole.SALES_AGENT))
				.accountId();
			approving.add(partner);
			tokens.add(store(InvitationKind.DELEGATED_ADMIN, List.of(), partner, user));
		}

		List<Integer> statuses = acceptAllAtOnce(tokens);

		assertThat(statuses).hasSize(APPROVALS).allMatch((status) -> status == 302);
		assertThat(
				this.jdbc.queryForList("select state from delegated_admin where customer_id = ? and state = 'ACTIVE'",
						String.class, this.tenant.customerId()))
			.containsExactly("ACTIVE");
		for (UUID partner : approving) {
			assertThat(linksTo(partner)).isOne();
		}
	}

	@Test
	void approvalsAndPurchasesAtOnceEndInOneLinkAndOneSubscriptionOfTheOffer() throws Exception {
		OfferView offer = this.catalog.offer(OFFER).orElseThrow();
		List<String> tokens = new ArrayList<>();
		List<Integer> quantities = new ArrayList<>();
		for (int i = 0; i < PURCHASES; i++) {
			int quantity = offer.minLicenses() + i;
			quantities.add(quantity);
			tokens.add(store(InvitationKind.PURCHASE, List
				.of(InvitationLine.purchase(OFFER, quantity, BillingTerm.MONTHLY, offer.price(BillingTerm.MONTHLY)))));
		}
		tokens.add(PURCHASES / 2, store(InvitationKind.DELEGATED_ADMIN, List.of()));

		List<Integer> statuses = acceptAllAtOnce(tokens);

		assertThat(statuses).hasSize(PURCHASES + 1).allMatch((status) -> status == 302);
		assertThat(linksToPartner()).isOne();
		// each purchase found the subscription the previous one started, and changed it
		assertThat(this.jdbc.queryForList(
				"select license_count from subscription where customer_id = ? and offer_code = ? and status = 'ACTIVE'",
				Integer.class, this.tenant.customerId(), OFFER))
			.singleElement()
			.isIn(quantities);
		assertThat(
				this.jdbc.queryForObject("select count(*) from subscription where customer_id = ? and offer_code = ?",
						Integer.class, this.tenant.customerId(), OFFER))
			.isOne();
		assertThat(this.jdbc.queryForList("select state from delegated_admin where customer_id = ?", String.class,
				this.tenant.customerId()))
			.containsExactly("ACTIVE");
	}

	private int linksToPartner() {
		return linksTo(this.partnerId);
	}

	private int linksTo(UUID partner) {
		return this.jdbc.queryForObject(
				"select count(*) from customer_partner where customer_id = ? and partner_id = ?", Integer.class,
				this.tenant.customerId(), partner);
	}

	/**
	 * An open invitation of the partner to the tenant, stored as sending stores it (here
	 * directly, so that one partner can have many open at once whatever the sending
	 * rules).
	 */
	private String store(InvitationKind kind, List<InvitationLine> lines) {
		return store(kind, lines, this.partnerId, this.sales.accountId());
	}

	private String store(InvitationKind kind, List<InvitationLine> lines, UUID partner, UUID sentBy) {
		SecureTokens.IssuedToken token = SecureTokens.issue();
		Instant now = this.clock.instant();
		this.invitations
			.save(new Invitation(kind, partner, sentBy, this.tenant.customerId(), this.tenant.name(), "Terry Tenant",
					this.tenant.contactEmail(), "en", null, lines, token.hash(), now.plus(Duration.ofDays(30)), now));
		return token.token();
	}

	/**
	 * The tenant's admin accepts every link over HTTP, all requests released at once; the
	 * status of each (500 for an exception that escaped).
	 */
	private List<Integer> acceptAllAtOnce(List<String> tokens) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(tokens.size());
		try {
			CountDownLatch ready = new CountDownLatch(tokens.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (String token : tokens) {
				Callable<Integer> accept = () -> {
					ready.countDown();
					go.await();
					try {
						return this.mvc
							.perform(post("/invitations/{token}/accept", token).with(user(this.tenant.admin()))
								.with(csrf()))
							.andReturn()
							.getResponse()
							.getStatus();
					}
					catch (Exception ex) {
						return 500;
					}
				};
				answers.add(executor.submit(accept));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(120, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
