package com.partnerportal.pipeline;

import java.util.List;

/**
 * A funnel: each step's figures, in the order of {@link FunnelStage}.
 */
public record Funnel(List<StageFigure> stages) {

	public Funnel {
		stages = List.copyOf(stages);
	}

	public long count(FunnelStage stage) {
		return this.stages.get(stage.ordinal()).count();
	}

	public StageFigure stage(FunnelStage stage) {
		return this.stages.get(stage.ordinal());
	}

	/**
	 * The invitations sent (the widest step), at least 1: the chart's scale.
	 */
	public long scale() {
		return Math.max(1, count(FunnelStage.SENT));
	}

	/**
	 * A step's bar in the chart: its share of {@link #scale()} of {@code full} units.
	 */
	public long width(FunnelStage stage, int full) {
		return (count(stage) * full * 2 + scale()) / (2 * scale());
	}

	public boolean isEmpty() {
		return count(FunnelStage.SENT) == 0;
	}

}
