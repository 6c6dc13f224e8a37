package com.partnerportal.invitation;

import java.util.List;
import java.util.Map;

/**
 * The partner's overview: trial invitations and purchase offers per state, the latest
 * ones, and its customer count.
 */
public record PartnerOverview(Map<InvitationKind, Map<InvitationState, Long>> counts, List<InvitationSummary> latest,
		long customerCount) {

	public long count(InvitationKind kind, InvitationState state) {
		return this.counts.getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
	}

	/**
	 * Trial invitations in a state.
	 */
	public long count(InvitationState state) {
		return count(InvitationKind.TRIAL, state);
	}

}
