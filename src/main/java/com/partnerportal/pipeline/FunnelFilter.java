package com.partnerportal.pipeline;

import java.time.Instant;
import java.util.UUID;

/**
 * Which invitations the funnel counts: those sent from {@code from} (inclusive) to
 * {@code to} (exclusive), of one kind or both (null), by one sales agent or all (null;
 * only within one partner).
 */
public record FunnelFilter(Instant from, Instant to, PipelineKind kind, UUID agentId) {

	public FunnelFilter {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new IllegalArgumentException("a period from before to");
		}
	}

}
