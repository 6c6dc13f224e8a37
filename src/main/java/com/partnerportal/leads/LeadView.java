package com.partnerportal.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact request as the partner's inbox shows it, with the time left to answer at
 * {@code now}.
 */
public record LeadView(UUID id, UUID partnerId, UUID customerId, String contactName, String email, String companyName,
		CompanySize companySize, List<String> serviceCodes, String message, String language, LeadState state,
		Instant receivedAt, Instant answerDueAt, Instant answeredAt, String answeredByName, DeclineReason declineReason,
		UUID invitationId, long version, Instant now) {

	public boolean isOpen() {
		return this.state == LeadState.OPEN;
	}

	/** Accepted and no trial invitation sent for it yet. */
	public boolean mayInvite() {
		return this.state == LeadState.ACCEPTED && this.invitationId == null;
	}

	/** Time left to answer, never negative; zero once due. */
	public Duration timeLeft() {
		if (this.answerDueAt == null || !this.now.isBefore(this.answerDueAt)) {
			return Duration.ZERO;
		}
		return Duration.between(this.now, this.answerDueAt);
	}

	public long hoursLeft() {
		return timeLeft().toHours();
	}

	public int minutesLeftInHour() {
		return timeLeft().toMinutesPart();
	}

	/** Less than a quarter of a day left: the inbox shows it in warning colours. */
	public boolean isDueSoon() {
		return isOpen() && timeLeft().compareTo(Duration.ofHours(12)) < 0;
	}

}
