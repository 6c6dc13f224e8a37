package com.partnerportal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A mail whose delivery fails is tried again later, waiting longer each time, and is
 * given up only after many attempts: an SMTP outage loses no mail.
 */
class MailMessageTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void aFailedDeliveryIsRetriedWithGrowingBackOff() {
		MailMessage mail = new MailMessage("a@b.example", "en", "t", "s", "<p>h</p>", "h", NOW);
		mail.failed("connection refused", NOW);
		assertThat(mail.toEntry().state()).isEqualTo(MailState.PENDING);
		assertThat(mail.toEntry().nextAttemptAt()).isEqualTo(NOW.plusSeconds(15));
		mail.failed("connection refused", NOW);
		assertThat(mail.toEntry().nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
		assertThat(MailMessage.backoff(20)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void givesUpOnlyAfterTheLastAttempt() {
		MailMessage mail = new MailMessage("a@b.example", "en", "t", "s", "<p>h</p>", "h", NOW);
		for (int i = 1; i < MailMessage.MAX_ATTEMPTS; i++) {
			mail.failed("down", NOW);
			assertThat(mail.toEntry().state()).isEqualTo(MailState.PENDING);
		}
		mail.failed("down", NOW);
		assertThat(mail.toEntry().state()).isEqualTo(MailState.FAILED);
		assertThat(mail.toEntry().attempts()).isEqualTo(MailMessage.MAX_ATTEMPTS);
	}

	@Test
	void aDeliveredMailKeepsNoUsableLinkToken() {
		String token = "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U_-";
		MailMessage mail = new MailMessage("a@b.example", "en", "t", "s",
				"<a href=\"https://portal.example/invitations/" + token + "\">Open</a>",
				"Open: https://portal.example/invitations/" + token, NOW);
		assertThat(mail.htmlBody()).contains(token);
		mail.delivered(NOW);
		assertThat(mail.htmlBody()).doesNotContain(token).contains(MailMessage.REDACTED);
		assertThat(mail.textBody()).doesNotContain(token).contains(MailMessage.REDACTED);
	}

	@Test
	void aMailOnlyRecordedKeepsItsLinksToBeReadInTheLog() {
		String token = "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U_-";
		MailMessage mail = new MailMessage("a@b.example", "en", "t", "s", "/invitations/" + token,
				"/invitations/" + token, NOW);
		mail.logged(NOW);
		assertThat(mail.htmlBody()).contains(token);
	}

	@Test
	void aDeliveredMailIsNotTriedAgain() {
		MailMessage mail = new MailMessage("a@b.example", "en", "t", "s", "<p>h</p>", "h", NOW);
		mail.failed("down", NOW);
		mail.delivered(NOW.plusSeconds(20));
		assertThat(mail.toEntry().state()).isEqualTo(MailState.SENT);
		assertThat(mail.toEntry().nextAttemptAt()).isNull();
		assertThat(mail.toEntry().lastError()).isNull();
	}

	@Test
	void onlyAFailedMailIsSentAgainOnceAsANewPendingMail() {
		Actor operator = new Actor(Actor.Kind.BACK_OFFICE_ADMIN, UUID.randomUUID(), "olga@operator.example");
		MailMessage pending = new MailMessage("a@b.example", "ja", "t", "s", "<p>h</p>", "h", NOW);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> pending.resend(operator, NOW));
		MailMessage failed = new MailMessage("a@b.example", "ja", "t", "s", "<p>h</p>", "h", NOW);
		for (int i = 0; i < MailMessage.MAX_ATTEMPTS; i++) {
			failed.failed("down", NOW);
		}
		failed.clearDomainEvents();
		Instant later = NOW.plusSeconds(3600);
		MailMessage again = failed.resend(operator, later);
		assertThat(again.toEntry().state()).isEqualTo(MailState.PENDING);
		assertThat(again.toEntry().attempts()).isZero();
		assertThat(again.toEntry().nextAttemptAt()).isEqualTo(later);
		assertThat(again.toEntry().language()).isEqualTo("ja");
		assertThat(again.htmlBody()).isEqualTo("<p>h</p>");
		assertThat(failed.toEntry().resentAsId()).isEqualTo(again.id());
		assertThat(failed.toEntry().canResend()).isFalse();
		assertThat(failed.domainEvents()).singleElement()
			.isEqualTo(new MailResent(failed.id(), again.id(), "a@b.example", "s", operator, later));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> failed.resend(operator, later));
	}

}
