package com.partnerportal.pipeline;

import java.time.Duration;

/**
 * One step of a funnel.
 *
 * @param stage the step
 * @param count how many invitations of the period reached it
 * @param baseCount how many reached the step its conversion is counted from (for
 * {@link FunnelStage#SENT}: its own count)
 * @param medianTime the median time the step took, null when none reached it
 */
public record StageFigure(FunnelStage stage, long count, long baseCount, Duration medianTime) {

	/**
	 * The conversion from the base step in whole percent, null without a base.
	 */
	public Long conversionPercent() {
		if (this.stage.base() == null || this.baseCount == 0) {
			return null;
		}
		// rounded half up, in whole numbers (no floating point)
		return (this.count * 200 + this.baseCount) / (2 * this.baseCount);
	}

	public long medianDays() {
		return (this.medianTime != null) ? this.medianTime.toDays() : 0;
	}

	public long medianHours() {
		return (this.medianTime != null) ? this.medianTime.toHoursPart() : 0;
	}

	public long medianMinutes() {
		return (this.medianTime != null) ? this.medianTime.toMinutesPart() : 0;
	}

}
