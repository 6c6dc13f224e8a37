package com.partnerportal.invitation;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7, item 15: an invitation that expires is mailed to the partner user who sent it,
 * in that user's language, through the mail outbox; the overview counts it.
 */
@PortalIntegrationTest
class InvitationExpiryMailTest {

	private static final Pattern EXPIRED_COUNT = Pattern
		.compile("id=\"count-EXPIRED\">\\s*<div class=\"stat-value\">(\\d+)</div>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData testData;

	@Autowired
	Partners partners;

	@Autowired
	Invitations invitations;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theExpiryJobMailsTheSenderInItsLanguageOnceAndTheOverviewCountsIt() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		String senderEmail = TestData.uniqueEmail("hana");
		this.partners.addUser(partnerId, senderEmail, "Hana", TestData.PASSWORD, "ja",
				EnumSet.of(PartnerRole.SALES_AGENT));
		PortalUser sender = this.testData.principal(this.partners, senderEmail);
		String company = TestData.unique("Expiring Co");
		UUID id = this.invitations.send(sender, new NewTrialInvitation(null, company, "Casey",
				TestData.uniqueEmail("c"), "en", null, List.of("MAIL_PLAN_1"), false, null, null));
		assertThat(expiredCount(sender)).isZero();

		this.clock.advance(Duration.ofDays(31));
		assertThat(this.invitations.expireOverdue()).isPositive();

		MimeMessage mail = TestMailServer.awaitMail(senderEmail, "への試用版の招待の有効期限が切れました");
		assertThat(mail.getSubject()).startsWith(company);
		// through the outbox, in Japanese, with the link to the invitation
		assertThat(this.jdbc.queryForObject(
				"select text_body from mail_message where recipient = ? and template = 'trial-invitation-expired'",
				String.class, senderEmail))
			.contains("回答のないまま有効期限が切れました", "/partner/invitations/" + id);
		assertThat(expiredCount(sender)).isOne();

		this.invitations.expireOverdue();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Integer.class,
				senderEmail))
			.isOne();
	}

	private int expiredCount(PortalUser sender) throws Exception {
		String page = this.mvc.perform(get("/partner").with(user(sender)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = EXPIRED_COUNT.matcher(page);
		assertThat(matcher.find()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

}
