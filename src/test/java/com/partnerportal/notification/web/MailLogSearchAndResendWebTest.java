package com.partnerportal.notification.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.partnerportal.notification.MailLogEntry;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.BackOfficeRole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mail log: search by recipient, subject, kind and state; bad values answered at
 * their field with a 400; a failed mail is sent again (by a back-office admin only) as a
 * new mail through the outbox, once, and the activity log records it; the back office's
 * home counts the failed mails.
 */
@PortalIntegrationTest
class MailLogSearchAndResendWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	PortalUser admin = backOffice(BackOfficeRole.BACK_OFFICE_ADMIN);

	PortalUser supportAgent = backOffice(BackOfficeRole.SUPPORT_AGENT);

	String recipient;

	UUID failed;

	UUID sent;

	@BeforeEach
	void mails() {
		this.recipient = TestData.uniqueEmail("mailbox");
		this.failed = mail(this.recipient, "Quarterly report " + this.recipient, "trial-ending-customer", "FAILED");
		this.sent = mail(this.recipient, "Welcome aboard " + this.recipient, "trial-invitation", "SENT");
	}

	@Test
	void searchesByRecipientSubjectKindAndState() throws Exception {
		String part = this.recipient.substring(0, this.recipient.indexOf('@')).toUpperCase(Locale.ROOT);
		assertThat(ids(search("recipient", part))).containsExactlyInAnyOrder(this.failed, this.sent);
		assertThat(ids(search("recipient", part, "subject", "QUARTERLY"))).containsExactly(this.failed);
		assertThat(ids(search("recipient", part, "kind", "trial-invitation"))).containsExactly(this.sent);
		assertThat(ids(search("recipient", part, "state", "FAILED"))).containsExactly(this.failed);
		assertThat(ids(search("recipient", "%" + part))).isEmpty();
	}

	@Test
	void badSearchValuesGetAMessageAtTheirFieldAnd400() throws Exception {
		String page = this.mvc
			.perform(get("/admin/mail").param("state", "BOUNCED")
				.param("kind", "<script>")
				.param("subject", "s".repeat(201))
				.with(user(this.supportAgent))
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Choose a delivery state from the list.")
			.contains("A kind is written in lower-case letters")
			.contains("Enter at most 200 characters.")
			.contains("id=\"state-error\"")
			.doesNotContain("<script>");
	}

	@Test
	void aFailedMailIsSentAgainOnceAsANewMailAndAudited() throws Exception {
		String home = this.mvc.perform(get("/admin").with(user(this.admin)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("Mails that failed").contains("/admin/mail?state=FAILED");

		String location = this.mvc
			.perform(post("/admin/mail/{id}/resend", this.failed).with(user(this.admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID again = this.jdbc.queryForObject("select resent_as_id from mail_message where id = ?", UUID.class,
				this.failed);
		assertThat(location).isEqualTo("/admin/mail/" + again);
		assertThat(this.jdbc.queryForObject("select recipient from mail_message where id = ?", String.class, again))
			.isEqualTo(this.recipient);
		await().atMost(30, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select state from mail_message where id = ?", String.class, again))
				.isEqualTo("SENT"));
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select actor_name from audit_entry where subject_id = ? and action = 'MAIL_RESENT'", String.class,
					this.failed))
				.containsExactly("back_office_admin@operator.example"));

		this.mvc
			.perform(post("/admin/mail/{id}/resend", this.failed).with(user(this.admin))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("has already been sent again")));
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class,
				this.recipient))
			.isEqualTo(3);
	}

	@Test
	void onlyAFailedMailIsSentAgainAndOnlyByABackOfficeAdmin() throws Exception {
		this.mvc
			.perform(post("/admin/mail/{id}/resend", this.sent).with(user(this.admin))
				.with(csrf())
				.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Only a mail whose delivery failed")));
		this.mvc.perform(post("/admin/mail/{id}/resend", this.failed).with(user(this.supportAgent)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/mail/{id}/resend", this.failed).with(user(this.admin)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/mail/{id}/resend", UUID.randomUUID()).with(user(this.admin)).with(csrf()))
			.andExpect(status().isNotFound());
		String detail = this.mvc.perform(get("/admin/mail/{id}", this.failed).with(user(this.supportAgent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).doesNotContain("resend-submit");
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class,
				this.recipient))
			.isEqualTo(2);
	}

	private UUID mail(String to, String subject, String kind, String state) {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into mail_message (id, recipient, language, template, subject, html_body, text_body, state,
				  attempts, next_attempt_at, last_error, created_at, delivered_at, version)
				values (?, ?, 'en', ?, ?, '<html><head></head><body>Hi</body></html>', 'Hi', ?, 12, null,
				  'connection refused', ?, null, 0)""", id, to, kind, subject, state, Timestamp.from(Instant.now()));
		return id;
	}

	private MvcResult search(String... parameters) throws Exception {
		var request = get("/admin/mail").with(user(this.supportAgent)).header("Accept-Language", "en");
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<UUID> ids(MvcResult result) {
		return ((Slice<MailLogEntry>) result.getModelAndView().getModel().get("mails")).getContent()
			.stream()
			.map(MailLogEntry::id)
			.toList();
	}

	private static PortalUser backOffice(BackOfficeRole role) {
		return new PortalUser(UUID.randomUUID(), AccountKind.BACK_OFFICE_ADMIN, null,
				role.name().toLowerCase(Locale.ROOT) + "@operator.example", "Olga Operator", Locale.ENGLISH,
				Set.of(role.name()), null);
	}

}
