package com.partnerportal.invitation;

import java.util.List;
import java.util.Map;

/**
 * The partner's overview: trial invitations and purchase offers per state, the latest
 * ones, and its customer count.
 */
public record PartnerOverview(Map<InvitationState, Long> trialCounts, Map<InvitationState, Long> offerCounts,
		List<InvitationSummary> latest, long customerCount) {

	public long count(InvitationState state) {
		return this.trialCounts.getOrDefault(state, 0L);
	}

	public long offerCount(InvitationState state) {
		return this.offerCounts.getOrDefault(state, 0L);
	}

	public long total() {
		return this.trialCounts.values().stream().mapToLong(Long::longValue).sum();
	}

	public long offerTotal() {
		return this.offerCounts.values().stream().mapToLong(Long::longValue).sum();
	}

}
