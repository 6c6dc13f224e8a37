package com.partnerportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * An SMTP server that accepts connections and never answers holds up neither the database
 * nor other work: each mail is claimed with a lease and committed, sent outside any
 * transaction with timeouts, and its failure recorded; once the server is healthy again,
 * the mails go out.
 */
@PortalIntegrationTest
class MailDeliveryTimeoutTest {

	@Autowired
	MailMessageRepository messages;

	@Autowired
	MailDelivery delivery;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private int healthyPort;

	@AfterEach
	void restore() {
		if (this.healthyPort != 0) {
			((JavaMailSenderImpl) this.mailSender).setPort(this.healthyPort);
		}
		this.clock.reset();
	}

	@Test
	void aServerThatNeverAnswersTimesOutHoldsNoRowLockAndSendsOneMailAtATime() throws Exception {
		JavaMailSenderImpl sender = (JavaMailSenderImpl) this.mailSender;
		this.healthyPort = sender.getPort();
		String first = TestData.uniqueEmail("silent-first");
		String second = TestData.uniqueEmail("silent-second");
		try (SilentSmtpServer silent = new SilentSmtpServer()) {
			sender.setPort(silent.port());
			UUID firstId = queue(first);
			UUID secondId = queue(second);
			this.delivery.deliverSoon();

			assertThat(silent.firstConnection().await(20, TimeUnit.SECONDS)).isTrue();

			// while SMTP hangs, one mail at a time is claimed, with a lease that outlives
			// the timeouts ...
			await().atMost(Duration.ofSeconds(20)).until(() -> leased(firstId, secondId) == 1);
			// ... and no row of the log is locked
			assertThatNoException().isThrownBy(() -> this.transactions.executeWithoutResult((status) -> this.jdbc
				.queryForList("select id from mail_message where id in (?, ?) for update nowait", firstId, secondId)));
			// ... and other work goes on
			Instant started = Instant.now();
			UUID meanwhile = queue(TestData.uniqueEmail("meanwhile"));
			assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(2));
			assertThat(this.messages.findById(meanwhile)).isPresent();

			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(entry(firstId).attempts()).isEqualTo(1);
				assertThat(entry(secondId).attempts()).isEqualTo(1);
			});
			for (UUID id : List.of(firstId, secondId)) {
				MailLogEntry failed = entry(id);
				assertThat(failed.state()).isEqualTo(MailState.PENDING);
				assertThat(failed.lastError()).isNotBlank();
				assertThat(failed.nextAttemptAt()).isAfter(this.clock.instant());
			}
		}
		finally {
			sender.setPort(this.healthyPort);
		}

		// the server is healthy again: the next round delivers both
		this.clock.advance(Duration.ofHours(1));
		this.delivery.deliverDue();
		TestMailServer.awaitMail(first, "Silent");
		TestMailServer.awaitMail(second, "Silent");
	}

	private UUID queue(String recipient) {
		return this.transactions.execute((status) -> this.messages
			.save(new MailMessage(recipient, "en", "notice", "Silent server test", "<p>Hello</p>", "Hello",
					this.clock.instant()))
			.id());
	}

	private int leased(UUID... ids) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_message where id in (?, ?) and state = 'PENDING' and next_attempt_at > ?",
				Integer.class, ids[0], ids[1], java.sql.Timestamp.from(this.clock.instant().plusSeconds(60)));
	}

	private MailLogEntry entry(UUID id) {
		return this.messages.findById(id).orElseThrow().toEntry();
	}

}
