package com.partnerportal.pipeline;

import java.util.List;

/**
 * A funnel and its breakdown (by sales agent, or by partner), the busiest first.
 *
 * @param total the whole funnel
 * @param rows its lines, at most {@link Pipelines#MAX_ROWS}
 */
public record FunnelReport(Funnel total, List<FunnelRow> rows) {

	public FunnelReport {
		rows = List.copyOf(rows);
	}

}
