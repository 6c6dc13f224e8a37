package com.partnerportal.invitation;

import java.util.List;
import java.util.Map;

/**
 * The partner's overview: invitations per state, the latest ones, and its customer count.
 */
public record PartnerOverview(Map<InvitationState, Long> countsByState, List<InvitationSummary> latest,
		long customerCount) {

	public long count(InvitationState state) {
		return this.countsByState.getOrDefault(state, 0L);
	}

	public long total() {
		return this.countsByState.values().stream().mapToLong(Long::longValue).sum();
	}

}
