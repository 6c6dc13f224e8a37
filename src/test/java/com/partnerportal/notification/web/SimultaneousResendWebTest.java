package com.partnerportal.notification.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 10, finishing item 5: two back-office admins resend the same failed mail at the
 * same moment: one new mail, one answer that it was sent, the other one that it had been
 * sent already (409), never a 500.
 */
@PortalIntegrationTest
class SimultaneousResendWebTest {

	private static final int OPERATORS = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoResendsAtOnceSendOneMail() throws Exception {
		String recipient = TestData.uniqueEmail("resend-race");
		UUID failed = UUID.randomUUID();
		this.jdbc.update("""
				insert into mail_message (id, recipient, language, template, subject, html_body, text_body, state,
				  attempts, next_attempt_at, last_error, created_at, delivered_at, version)
				values (?, ?, 'en', 'trial-ending-customer', 'Your trial', '<html><head></head><body>Hi</body></html>',
				  'Hi', 'FAILED', 12, null, 'connection refused', ?, null, 0)""", failed, recipient,
				Timestamp.from(Instant.now()));

		List<Integer> answers = allAtOnce(failed);

		assertThat(answers).containsExactlyInAnyOrder(302, 409);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class,
				recipient))
			.as("the failed mail and one new one")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from mail_message m join mail_message f" + " on f.resent_as_id = m.id where f.id = ?",
				Integer.class, failed))
			.isOne();
	}

	private List<Integer> allAtOnce(UUID mailId) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(OPERATORS);
		try {
			CountDownLatch ready = new CountDownLatch(OPERATORS);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < OPERATORS; i++) {
				PortalUser operator = new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
						"operator" + i + "@operator.example", "Operator " + i, Locale.ENGLISH,
						Set.of(BackOfficeRole.BACK_OFFICE_ADMIN.name()), null);
				Callable<Integer> resend = () -> {
					ready.countDown();
					go.await();
					return this.mvc
						.perform(post("/admin/mail/{id}/resend", mailId).with(csrf())
							.with(user(operator))
							.header("Accept-Language", "en"))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(executor.submit(resend));
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
