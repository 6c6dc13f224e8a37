package com.partnerportal.partner.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.partnerportal.partner.NewAgreementVersion;
import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 10, finishing item 5: two partner admins of one partner accept the current
 * version of the agreement at the same moment: one acceptance row, one event (one
 * activity entry), and both are answered without an error page.
 */
@PortalIntegrationTest
class SimultaneousAgreementAcceptanceWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	PartnerAgreements agreements;

	@Autowired
	JdbcTemplate jdbc;

	private UUID versionId;

	@AfterEach
	void removeTheVersion() {
		if (this.versionId != null) {
			this.jdbc.update("delete from partner_agreement_acceptance where agreement_version_id = ?", this.versionId);
			this.jdbc.update("delete from partner_agreement_version where id = ?", this.versionId);
		}
	}

	@Test
	void twoAdminsAcceptingAtOnceMakeOneAcceptance() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser first = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));
		PortalUser second = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.PARTNER_ADMIN));
		this.versionId = this.agreements.publish(Actor.system(),
				new NewAgreementVersion(TestData.unique("race"), "Text", "本文", "본문", 30));

		List<Integer> answers = allAtOnce(List.of(first, second));

		assertThat(answers).as("both answered, neither with an error").allMatch((status) -> status == 302);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from partner_agreement_acceptance where partner_id = ? and agreement_version_id = ?",
				Integer.class, partnerId, this.versionId))
			.isOne();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'PARTNER_AGREEMENT_ACCEPTED'"
							+ " and detail like '%race%'",
					Integer.class, partnerId))
				.isOne());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where serialized_event like ? and completion_date is null",
				Integer.class, "%" + partnerId + "%"))
			.as("no event left undelivered")
			.isZero();
	}

	private List<Integer> allAtOnce(List<PortalUser> admins) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(admins.size());
		try {
			CountDownLatch ready = new CountDownLatch(admins.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (PortalUser admin : admins) {
				Callable<Integer> accept = () -> {
					ready.countDown();
					go.await();
					return this.mvc
						.perform(post("/partner/agreement/accept").param("versionId", this.versionId.toString())
							.param("accepted", "true")
							.with(csrf())
							.with(user(admin)))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(executor.submit(accept));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(30, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
