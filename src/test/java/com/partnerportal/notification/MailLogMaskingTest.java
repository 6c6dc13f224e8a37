package com.partnerportal.notification;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.security.BackOfficeAdmins;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With a mail server configured, the back-office mail log never shows a link's live
 * token, whatever the mail's state: the recipient reads it in its mailbox.
 */
@PortalIntegrationTest
class MailLogMaskingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailMessageRepository messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BackOfficeAdmins backOfficeAdmins;

	@Test
	void masksTheTokenOfAPendingMail() throws Exception {
		// claimed far ahead: it stays pending while the test reads it
		assertMasked((mail) -> mail.claim(java.time.Instant.now().plus(Duration.ofDays(1))), MailState.PENDING);
	}

	@Test
	void masksTheTokenOfAFailedMail() throws Exception {
		assertMasked((mail) -> {
			for (int attempt = 0; attempt < MailMessage.MAX_ATTEMPTS; attempt++) {
				mail.failed("421 try later", java.time.Instant.now());
			}
		}, MailState.FAILED);
	}

	@Test
	void masksTheTokenOfASentMail() throws Exception {
		assertMasked((mail) -> mail.delivered(java.time.Instant.now()), MailState.SENT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/password/set/", "/partners/apply/verify/", "/partners/apply/changes/",
			"/marketplace/leads/verify/" })
	void masksTheTokenOfEveryKindOfEmailedLink(String path) throws Exception {
		assertMasked(path, (mail) -> mail.delivered(java.time.Instant.now()), MailState.SENT);
	}

	private void assertMasked(Consumer<MailMessage> state, MailState expected) throws Exception {
		assertMasked("/invitations/", state, expected);
	}

	private void assertMasked(String path, Consumer<MailMessage> state, MailState expected) throws Exception {
		String token = "T".repeat(20) + UUID.randomUUID().toString().replace("-", "").substring(0, 23);
		String link = "http://localhost:8080" + path + token;
		MailMessage mail = new MailMessage(TestData.uniqueEmail("masked"), "en", "trial-invitation", "Masked",
				"<html><head></head><body><a href=\"" + link + "\">Open</a></body></html>", "Open: " + link,
				java.time.Instant.now());
		state.accept(mail);
		this.transactions.executeWithoutResult((status) -> this.messages.save(mail));
		assertThat(this.messages.findById(mail.id()).orElseThrow().toEntry().state()).isEqualTo(expected);
		PortalUser admin = this.backOfficeAdmins.findForSignIn("admin@operator.example").orElseThrow();

		String detail = this.mvc.perform(get("/admin/mail/{id}", mail.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String body = this.mvc.perform(get("/admin/mail/{id}/body", mail.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(detail).doesNotContain(token).contains(MailMessage.REDACTED);
		assertThat(body).doesNotContain(token).contains(MailMessage.REDACTED);
	}

}
