package com.partnerportal.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.partnerportal.invitation.Invitations;
import com.partnerportal.invitation.NewTrialInvitation;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import com.partnerportal.testing.TestMailServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A funnel is counted once and kept ({@link FunnelCache}) until the partner's pipeline
 * moves on: each fact the portal records (an invitation sent, opened, declined) shows in
 * the next funnel, on every node, because its event raises the partner's pipeline version
 * after its commit (V42); a row written behind the events' back does not show until then.
 */
@PortalIntegrationTest
class FunnelCountedAgainTest {

	@Autowired
	Pipelines pipelines;

	@Autowired
	Invitations invitations;

	@Autowired
	Partners partners;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void eachFactThePortalRecordsShowsInTheNextFunnel() throws Exception {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sales = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		FunnelFilter today = new FunnelFilter(this.clock.instant().minus(Duration.ofDays(1)),
				this.clock.instant().plus(Duration.ofDays(1)), null, null);
		assertThat(sent(partnerId, today)).isZero();
		assertThat(version(partnerId)).isZero();

		String email = TestData.uniqueEmail("funnel");
		this.invitations.send(sales, new NewTrialInvitation(null, TestData.unique("Funnel Co"), "Kim", email, "en",
				null, List.of("MAIL_PLAN_1"), false, null, null));
		assertThat(sent(partnerId, today)).isEqualTo(1);
		assertThat(opened(partnerId, today)).isZero();

		String token = TestMailServer.token(TestMailServer.awaitMail(email, ""));
		this.mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk());
		assertThat(opened(partnerId, today)).isEqualTo(1);

		this.mvc.perform(post("/invitations/{token}/decline", token).with(csrf()).param("confirmed", "true"))
			.andExpect(status().isOk());
		assertThat(version(partnerId)).as("sent, opened, declined: three facts").isEqualTo(3);
		assertThat(sent(partnerId, today)).isEqualTo(1);

		// a row written behind the events' back is counted once the pipeline moves on
		PipelineRows rows = new PipelineRows(this.jdbc, partnerId);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update("""
				insert into invitation (id, kind, partner_id, sent_by_user_id, company_name, contact_name, email,
				  language, state, token_hash, expires_at, created_at, sent_at, version, delegated_admin_requested)
				values (gen_random_uuid(), 'TRIAL', ?, ?, 'Behind Co', 'Lee', 'lee@behind.example', 'en', 'SENT',
				  md5(random()::text) || md5(random()::text), ?, ?, ?, 0, false)""", partnerId, sales.accountId(),
				Timestamp.from(this.clock.instant().plus(Duration.ofDays(30))), now, now);
		assertThat(sent(partnerId, today)).as("kept: nothing told the pipeline").isEqualTo(1);
		rows.changed();
		assertThat(sent(partnerId, today)).isEqualTo(2);
	}

	private long sent(UUID partnerId, FunnelFilter filter) {
		return this.pipelines.partnerFunnel(partnerId, filter).total().count(FunnelStage.SENT);
	}

	private long opened(UUID partnerId, FunnelFilter filter) {
		return this.pipelines.partnerFunnel(partnerId, filter).total().count(FunnelStage.OPENED);
	}

	private long version(UUID partnerId) {
		return this.jdbc.query("select version from pipeline_version where partner_id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : 0L, partnerId);
	}

}
