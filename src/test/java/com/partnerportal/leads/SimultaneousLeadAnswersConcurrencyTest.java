package com.partnerportal.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestTenants;
import com.partnerportal.testing.TestTenants.Tenant;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sellers answer one contact request at the same moment (two accepts, or an accept
 * and a decline): one outcome, one LeadAnswered, one mail to the customer; the other
 * seller is told it was answered.
 */
@PortalIntegrationTest
class SimultaneousLeadAnswersConcurrencyTest {

	@Autowired
	Leads leads;

	@Autowired
	TestData testData;

	@Autowired
	TestTenants tenants;

	@Autowired
	Partners partners;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoAcceptsAtOnceMakeOneOutcome() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser first = seller(partnerId);
		PortalUser second = seller(partnerId);
		Tenant tenant = this.tenants.acceptedTrial();
		for (int round = 0; round < 3; round++) {
			int before = round;
			UUID leadId = lead(partnerId, tenant);
			List<Object> outcomes = race(() -> {
				this.leads.accept(first, leadId);
				return "accepted";
			}, () -> {
				this.leads.accept(second, leadId);
				return "accepted";
			});

			assertThat(outcomes).containsExactlyInAnyOrder("accepted", ConflictException.class);
			assertThat(this.jdbc.queryForObject("select state from lead where id = ?", String.class, leadId))
				.isEqualTo("ACCEPTED");
			assertThat(this.jdbc.queryForObject(
					"select count(*) from mail_message where recipient = ? and template = 'lead-accepted'",
					Integer.class, tenant.contactEmail()))
				.as("one mail to the customer per lead: LeadAnswered raised once")
				.isEqualTo(before + 1);
		}
	}

	@Test
	void anAcceptAndADeclineAtOnceMakeOneOutcome() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser first = seller(partnerId);
		PortalUser second = seller(partnerId);
		UUID leadId = lead(partnerId, this.tenants.acceptedTrial());

		List<Object> outcomes = race(() -> {
			this.leads.accept(first, leadId);
			return "ACCEPTED";
		}, () -> {
			this.leads.decline(second, leadId, DeclineReason.NO_CAPACITY);
			return "DECLINED";
		});

		String state = this.jdbc.queryForObject("select state from lead where id = ?", String.class, leadId);
		assertThat(outcomes).contains(state).contains(ConflictException.class).hasSize(2);
	}

	private PortalUser seller(UUID partnerId) {
		return this.testData.principal(this.partners, this.testData.user(partnerId, PartnerRole.SALES_AGENT));
	}

	private UUID lead(UUID partnerId, Tenant tenant) {
		this.leads.submit(partnerId,
				new NewLead("Terry", null, "Race Co", CompanySize.SMALL, List.of("MAIL"), "Hello", "en"),
				tenant.admin());
		return this.jdbc.queryForObject(
				"select id from lead where partner_id = ? and customer_id = ? order by created_at desc limit 1",
				UUID.class, partnerId, tenant.customerId());
	}

	@SafeVarargs
	private static List<Object> race(Callable<Object>... tasks) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch ready = new CountDownLatch(tasks.length);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (Callable<Object> task : tasks) {
				futures.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					try {
						return task.call();
					}
					catch (ConflictException ex) {
						return ConflictException.class;
					}
				}));
			}
			ready.await();
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(30, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
