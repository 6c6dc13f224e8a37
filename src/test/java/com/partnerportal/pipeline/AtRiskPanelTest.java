package com.partnerportal.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.partnerportal.partner.PartnerRole;
import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The at-risk panel on the real database: what is in each list and what is not, and the
 * cap of five with "more".
 */
@PortalIntegrationTest
class AtRiskPanelTest {

	@Autowired
	Pipelines pipelines;

	@Autowired
	TestData testData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	UUID partnerId;

	PipelineRows rows;

	UUID seller;

	Instant now;

	@BeforeEach
	void aPartner() {
		this.partnerId = this.testData.signedPartner(TestData.ALL_SERVICES);
		this.rows = new PipelineRows(this.jdbc, this.partnerId);
		this.seller = this.rows.userId(this.testData.user(this.partnerId, PartnerRole.SALES_AGENT));
		this.now = this.clock.instant();
	}

	@Test
	void listsTrialsEndingWithoutAnOpenPurchaseOffer() {
		UUID ending = this.rows.customer("Ending Soon Ltd");
		UUID trial = this.rows.trial(ending, "MAIL_PLAN_1", 25, days(-20), days(10));
		UUID offered = this.rows.customer("Offered Ltd");
		this.rows.trial(offered, "MAIL_PLAN_1", 10, days(-20), days(10));
		this.rows.invitation("PURCHASE", this.seller, offered, "VIEWED", days(-2), days(-1), null);
		UUID later = this.rows.customer("Later Ltd");
		this.rows.trial(later, "MAIL_PLAN_1", 10, days(-5), days(40));
		UUID ended = this.rows.customer("Ended Ltd");
		this.rows.trial(ended, "MAIL_PLAN_1", 10, days(-40), days(-1));

		AtRisk atRisk = this.pipelines.atRisk(this.partnerId);

		assertThat(atRisk.trialsEnding().items()).singleElement().satisfies((item) -> {
			assertThat(item.id()).isEqualTo(trial);
			assertThat(item.customerId()).isEqualTo(ending);
			assertThat(item.name()).isEqualTo("Ending Soon Ltd");
			assertThat(item.offerCode()).isEqualTo("MAIL_PLAN_1");
			assertThat(item.licenses()).isEqualTo(25);
		});
		assertThat(atRisk.trialsEnding().more()).isFalse();
	}

	@Test
	void listsPurchaseOffersUnopenedAfterSevenDays() {
		UUID unopened = this.rows.invitation("PURCHASE", this.seller, null, "SENT", days(-8), null, null);
		this.rows.invitation("PURCHASE", this.seller, null, "SENT", days(-6), null, null);
		this.rows.invitation("PURCHASE", this.seller, null, "VIEWED", days(-9), days(-8), null);
		this.rows.invitation("TRIAL", this.seller, null, "SENT", days(-9), null, null);

		assertThat(this.pipelines.atRisk(this.partnerId).offersUnopened().items()).extracting(AtRiskItem::id)
			.containsExactly(unopened);
	}

	@Test
	void listsDelegatedAdminEndingWithin30DaysUnlessItExtendsItself() {
		UUID customer = this.rows.customer("Relationship Ending Ltd");
		UUID ending = this.rows.delegatedAdmin(customer, days(-300), days(20), false);
		this.rows.delegatedAdmin(this.rows.customer("Auto Ltd"), days(-300), days(20), true);
		this.rows.delegatedAdmin(this.rows.customer("Far Ltd"), days(-300), days(40), false);
		this.rows.delegatedAdmin(this.rows.customer("Open Ended Ltd"), days(-300), null, false);

		assertThat(this.pipelines.atRisk(this.partnerId).delegatedAdminEnding().items())
			.extracting(AtRiskItem::id, AtRiskItem::customerId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ending, customer));
	}

	@Test
	void listsLeadsWhoseAnswerIsDueWithinADay() {
		UUID due = this.rows.openLead("Due Soon Inc", this.now.minus(Duration.ofHours(60)),
				this.now.plus(Duration.ofHours(12)));
		this.rows.openLead("Fresh Inc", this.now.minus(Duration.ofHours(1)), this.now.plus(Duration.ofHours(71)));

		assertThat(this.pipelines.atRisk(this.partnerId).leadsExpiring().items()).extracting(AtRiskItem::id)
			.containsExactly(due);
	}

	@Test
	void showsFiveOfEachSoonestFirstAndSaysThereIsMore() {
		for (int i = 1; i <= 6; i++) {
			this.rows.trial(this.rows.customer("Trial " + i), "MAIL_PLAN_1", 5, days(-20), days(i));
		}
		AtRisk atRisk = this.pipelines.atRisk(this.partnerId);

		assertThat(atRisk.trialsEnding().items()).extracting(AtRiskItem::name)
			.containsExactly("Trial 1", "Trial 2", "Trial 3", "Trial 4", "Trial 5");
		assertThat(atRisk.trialsEnding().more()).isTrue();
		assertThat(atRisk.offersUnopened().isEmpty()).isTrue();
	}

	@Test
	void nothingOfAnotherPartner() {
		UUID other = this.testData.signedPartner(TestData.ALL_SERVICES);
		PipelineRows others = new PipelineRows(this.jdbc, other);
		others.trial(others.customer("Theirs Ltd"), "MAIL_PLAN_1", 5, days(-20), days(3));

		assertThat(this.pipelines.atRisk(this.partnerId).isEmpty()).isTrue();
	}

	private Instant days(int days) {
		return this.now.plus(Duration.ofDays(days));
	}

}
