package com.partnerportal.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The funnel on the real database, with a partner's March 2025 written by hand and every
 * expected number worked out by hand (see the comments): two agents, four trial
 * invitations, three purchase offers, and rows that must not count (before the period, a
 * delegated-admin request, another partner's).
 */
@PortalIntegrationTest
class PipelineFunnelTest {

	static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");

	static final Instant APRIL = Instant.parse("2025-04-01T00:00:00Z");

	@Autowired
	Pipelines pipelines;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	UUID partnerId;

	UUID agentA;

	UUID agentB;

	@BeforeEach
	void marchOfOnePartner() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		PipelineRows rows = new PipelineRows(this.jdbc, this.partnerId);
		this.agentA = rows.userId(this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.agentB = rows.userId(this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		UUID c1 = rows.customer("Customer One");
		UUID c2 = rows.customer("Customer Two");
		UUID c3 = rows.customer("Customer Three");
		// agent A: T1 opened after 2 h, accepted 24 h later, delegated admin at once,
		// converted by P1 9 days later
		rows.invitation("TRIAL", this.agentA, c1, "ACCEPTED", at("2025-03-02T10:00"), at("2025-03-02T12:00"),
				at("2025-03-03T12:00"));
		rows.delegatedAdmin(c1, at("2025-03-03T12:00"), null, false);
		// T2 opened after 24 h, accepted 4 h later, nothing more
		rows.invitation("TRIAL", this.agentA, c2, "ACCEPTED", at("2025-03-04T10:00"), at("2025-03-05T10:00"),
				at("2025-03-05T14:00"));
		// T3 opened after 6 h, declined
		rows.invitation("TRIAL", this.agentA, null, "DECLINED", at("2025-03-06T10:00"), at("2025-03-06T16:00"),
				at("2025-03-07T10:00"));
		// T4 never opened
		rows.invitation("TRIAL", this.agentA, null, "SENT", at("2025-03-08T10:00"), null, null);
		// agent B: P1 to customer one, opened after 1 h, accepted 49 h later
		rows.invitation("PURCHASE", this.agentB, c1, "ACCEPTED", at("2025-03-10T10:00"), at("2025-03-10T11:00"),
				at("2025-03-12T12:00"));
		// P2 accepted without a recorded view (opened when answered) 8 h after sending,
		// delegated admin 16 h later
		rows.invitation("PURCHASE", this.agentB, c3, "ACCEPTED", at("2025-03-14T10:00"), null, at("2025-03-14T18:00"));
		rows.delegatedAdmin(c3, at("2025-03-15T10:00"), null, false);
		// P3 expired unopened
		rows.invitation("PURCHASE", this.agentB, null, "EXPIRED", at("2025-03-20T10:00"), null, null);
		// not counted: sent before the period, a delegated-admin request alone
		rows.invitation("TRIAL", this.agentA, c2, "ACCEPTED", at("2025-02-20T10:00"), at("2025-02-20T11:00"),
				at("2025-02-21T10:00"));
		rows.invitation("DELEGATED_ADMIN", this.agentA, c2, "SENT", at("2025-03-21T10:00"), null, null);
		// not counted: another partner's
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		PipelineRows others = new PipelineRows(this.jdbc, other);
		others.invitation("TRIAL", others.userId(this.testData.user(other, PartnerRole.SALES_AGENT)), null, "SENT",
				at("2025-03-05T10:00"), null, null);
	}

	@Test
	void countsEachStepWithItsConversionAndMedianTime() {
		Funnel funnel = this.pipelines.partnerFunnel(this.partnerId, new FunnelFilter(MARCH, APRIL, null, null))
			.total();

		assertThat(funnel.stages()).extracting(StageFigure::stage, StageFigure::count, StageFigure::conversionPercent)
			.containsExactly(tuple(FunnelStage.SENT, 7L, null), // T1-T4, P1-P3
					tuple(FunnelStage.OPENED, 5L, 71L), // T1, T2, T3, P1, P2: 5 of 7
					tuple(FunnelStage.ACCEPTED, 4L, 80L), // T1, T2, P1, P2: 4 of 5
					// T1 and P2 (P1's customer approved before P1 was sent): 2 of 4
					tuple(FunnelStage.DELEGATED_ADMIN_APPROVED, 2L, 50L), tuple(FunnelStage.TRIAL_CONVERTED, 1L, 50L), // T1
																														// of
																														// the
																														// 2
																														// trials
																														// accepted
					tuple(FunnelStage.PURCHASE_ACCEPTED, 3L, 75L)); // T1, P1, P2 of 4
																	// accepted
		assertThat(funnel.stages()).extracting(StageFigure::medianTime)
			.containsExactly(null, Duration.ofHours(6), // 1, 2, 6, 8, 24 h
					Duration.ofHours(14), // 0, 4, 24, 49 h: (4 + 24) / 2
					Duration.ofHours(8), // 0 and 16 h
					Duration.ofDays(9), // T1 accepted 3 March 12:00, P1 accepted 12 March
										// 12:00
					Duration.ofHours(50)); // sent to purchase: 8 h, 50 h, 242 h
	}

	@Test
	void aPeriodCountsTheInvitationsSentInItWhateverHappenedLater() {
		Funnel firstWeek = this.pipelines
			.partnerFunnel(this.partnerId, new FunnelFilter(MARCH, at("2025-03-08T00:00"), null, null))
			.total();

		// T1, T2, T3; T1's conversion on 12 March still counts: it was sent in the week
		assertThat(counts(firstWeek)).containsExactly(3L, 3L, 2L, 1L, 1L, 1L);
		assertThat(counts(this.pipelines
			.partnerFunnel(this.partnerId, new FunnelFilter(APRIL, at("2025-05-01T00:00"), null, null))
			.total())).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
	}

	@Test
	void byKindAndBySalesAgent() {
		assertThat(counts(
				this.pipelines.partnerFunnel(this.partnerId, new FunnelFilter(MARCH, APRIL, PipelineKind.TRIAL, null))
					.total()))
			.containsExactly(4L, 3L, 2L, 1L, 1L, 1L);
		assertThat(counts(this.pipelines
			.partnerFunnel(this.partnerId, new FunnelFilter(MARCH, APRIL, PipelineKind.PURCHASE, null))
			.total())).containsExactly(3L, 2L, 2L, 1L, 0L, 2L);

		FunnelReport byAgent = this.pipelines.partnerFunnel(this.partnerId, new FunnelFilter(MARCH, APRIL, null, null));
		assertThat(byAgent.rows()).extracting(FunnelRow::id, (row) -> counts(row.funnel()))
			.containsExactly(tuple(this.agentA, List.of(4L, 3L, 2L, 1L, 1L, 1L)),
					tuple(this.agentB, List.of(3L, 2L, 2L, 1L, 0L, 2L)));
		assertThat(byAgent.rows()).extracting(FunnelRow::name).containsOnly("Test User");

		FunnelReport agentB = this.pipelines.partnerFunnel(this.partnerId,
				new FunnelFilter(MARCH, APRIL, null, this.agentB));
		assertThat(counts(agentB.total())).containsExactly(3L, 2L, 2L, 1L, 0L, 2L);
		assertThat(agentB.rows()).extracting(FunnelRow::id).containsExactly(this.agentB);
	}

	@Test
	void theProgramViewCountsEveryPartnerWithTheSameDefinition() {
		FunnelReport global = this.pipelines.programFunnel(CloudInstance.GLOBAL,
				new FunnelFilter(MARCH, APRIL, null, null));
		FunnelRow ours = global.rows()
			.stream()
			.filter((row) -> row.id().equals(this.partnerId))
			.findFirst()
			.orElseThrow();
		assertThat(counts(ours.funnel())).containsExactly(7L, 5L, 4L, 2L, 1L, 3L);
		assertThat(ours.funnel().stage(FunnelStage.ACCEPTED).medianTime()).isEqualTo(Duration.ofHours(14));
		assertThat(ours.name()).startsWith("Partner-");
		// ours and the other partner's at least (every test writes its own March 2025)
		assertThat(global.total().count(FunnelStage.SENT)).isGreaterThanOrEqualTo(8L);

		FunnelReport china = this.pipelines.programFunnel(CloudInstance.CHINA_21VIANET,
				new FunnelFilter(MARCH, APRIL, null, null));
		assertThat(china.rows()).extracting(FunnelRow::id).doesNotContain(this.partnerId);
	}

	static List<Long> counts(Funnel funnel) {
		return funnel.stages().stream().map(StageFigure::count).toList();
	}

	static Instant at(String minute) {
		return Instant.parse(minute + ":00Z");
	}

}
