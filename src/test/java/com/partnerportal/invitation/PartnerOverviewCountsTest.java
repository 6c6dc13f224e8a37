package com.partnerportal.invitation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: the overview's counts come from counter rows that triggers keep (V29), not
 * from counting all of a partner's invitations; they follow every change, and an open
 * invitation past its expiry counts as expired before the job marks it.
 */
@PortalIntegrationTest
class PartnerOverviewCountsTest {

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
	void countsFollowEverySendRevocationAndExpiry() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sender = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		UUID first = send(sender);
		send(sender);
		send(sender);
		this.invitations.revoke(sender, first);

		PartnerOverview overview = this.invitations.overview(partnerId);
		assertThat(overview.count(InvitationState.SENT)).isEqualTo(2);
		assertThat(overview.count(InvitationState.REVOKED)).isEqualTo(1);
		assertThat(overview.count(InvitationState.EXPIRED)).isZero();
		assertThat(overview.latest()).hasSize(3);

		// past the expiry, before the job: the two open ones count as expired already
		this.clock.advance(Duration.ofDays(31));
		overview = this.invitations.overview(partnerId);
		assertThat(overview.count(InvitationState.SENT)).isZero();
		assertThat(overview.count(InvitationState.EXPIRED)).isEqualTo(2);
		assertThat(overview.count(InvitationState.REVOKED)).isEqualTo(1);

		// and the same once the job has marked them
		this.invitations.expireOverdue();
		overview = this.invitations.overview(partnerId);
		assertThat(overview.count(InvitationState.SENT)).isZero();
		assertThat(overview.count(InvitationState.EXPIRED)).isEqualTo(2);
		assertThat(overview.count(InvitationState.REVOKED)).isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select state || '=' || count from invitation_count where partner_id = ? and count <> 0 order by state",
				String.class, partnerId))
			.containsExactly("EXPIRED=2", "REVOKED=1");
	}

	@Test
	void counterRowsAgreeWithTheInvitationsOfEveryPartner() {
		UUID partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PortalUser sender = this.testData.principal(this.partners,
				this.testData.user(partnerId, PartnerRole.SALES_AGENT));
		this.invitations.revoke(sender, send(sender));
		send(sender);

		// whatever this test run wrote before (every test shares the database)
		List<String> differences = this.jdbc.queryForList("""
				select coalesce(c.partner_id, i.partner_id) || ' ' || coalesce(c.kind, i.kind) || ' '
				  || coalesce(c.state, i.state) || ': ' || coalesce(c.count, 0) || ' counted, '
				  || coalesce(i.count, 0) || ' stored'
				from invitation_count c
				full join (select partner_id, kind, state, count(*) as count from invitation
				           group by partner_id, kind, state) i
				  on i.partner_id = c.partner_id and i.kind = c.kind and i.state = c.state
				where coalesce(c.count, 0) <> coalesce(i.count, 0)""", String.class);
		assertThat(differences).isEmpty();
		List<String> customerDifferences = this.jdbc.queryForList("""
				select coalesce(c.partner_id, p.partner_id)::text
				from partner_customer_count c
				full join (select partner_id, count(*) as count from customer_partner group by partner_id) p
				  on p.partner_id = c.partner_id
				where coalesce(c.count, 0) <> coalesce(p.count, 0)""", String.class);
		assertThat(customerDifferences).isEmpty();
	}

	private UUID send(PortalUser sender) {
		return this.invitations.send(sender, new NewTrialInvitation(null, TestData.unique("Counted Co"), "Casey",
				TestData.uniqueEmail("c"), "en", null, List.of("MAIL_PLAN_1"), false, null, null));
	}

}
