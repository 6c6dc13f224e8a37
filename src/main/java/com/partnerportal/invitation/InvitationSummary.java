package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invitation as the partner sees it.
 */
public record InvitationSummary(UUID id, InvitationKind kind, String companyName, String contactName, String email,
		String language, InvitationState state, List<String> offerCodes, String personalMessage, Instant createdAt,
		Instant sentAt, Instant viewedAt, Instant decidedAt, Instant expiresAt, UUID customerId, PurchaseQuote quote,
		boolean delegatedAdminRequested, DelegatedAdminDecision delegatedAdminDecision) {

	public boolean isDelegatedAdminOnly() {
		return this.kind == InvitationKind.DELEGATED_ADMIN;
	}

	public boolean isPurchase() {
		return this.kind == InvitationKind.PURCHASE;
	}

	public boolean isOpen() {
		return this.state.isOpen();
	}

	public boolean canBeResent() {
		return this.state.isOpen() || this.state == InvitationState.EXPIRED;
	}

}
