package com.partnerportal.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageFigureTest {

	@Test
	void conversionIsCountedFromTheBaseStepInWholePercent() {
		assertThat(new StageFigure(FunnelStage.OPENED, 2, 3, null).conversionPercent()).isEqualTo(67L);
		assertThat(new StageFigure(FunnelStage.ACCEPTED, 0, 0, null).conversionPercent()).isNull();
		assertThat(new StageFigure(FunnelStage.SENT, 9, 9, null).conversionPercent()).isNull();
	}

	@Test
	void stepsAfterAcceptanceAreEachCountedFromAcceptance() {
		assertThat(FunnelStage.OPENED.base()).isEqualTo(FunnelStage.SENT);
		assertThat(FunnelStage.ACCEPTED.base()).isEqualTo(FunnelStage.OPENED);
		assertThat(FunnelStage.DELEGATED_ADMIN_APPROVED.base()).isEqualTo(FunnelStage.ACCEPTED);
		assertThat(FunnelStage.TRIAL_CONVERTED.base()).isEqualTo(FunnelStage.ACCEPTED);
		assertThat(FunnelStage.PURCHASE_ACCEPTED.base()).isEqualTo(FunnelStage.ACCEPTED);
	}

	@Test
	void theChartScalesToTheInvitationsSent() {
		Funnel funnel = FunnelDefinition.empty();
		assertThat(funnel.width(FunnelStage.SENT, 360)).isZero();
		assertThat(funnel.isEmpty()).isTrue();
	}

}
