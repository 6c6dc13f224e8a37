package com.partnerportal.leads;

import java.time.Duration;
import java.util.UUID;

/**
 * A partner's contact requests in figures, for the back office.
 *
 * @param partnerId the partner
 * @param partnerName its name
 * @param received how many it received (verified)
 * @param accepted how many it accepted
 * @param declined how many it declined
 * @param expired how many expired unanswered
 * @param open how many wait for an answer
 * @param medianAnswerTime the median time from receipt to answer, null without answers
 */
public record LeadFigures(UUID partnerId, String partnerName, long received, long accepted, long declined, long expired,
		long open, Duration medianAnswerTime) {

	static LeadFigures none(UUID partnerId, String partnerName) {
		return new LeadFigures(partnerId, partnerName, 0, 0, 0, 0, 0, null);
	}

	public long medianAnswerHours() {
		return (this.medianAnswerTime != null) ? this.medianAnswerTime.toHours() : 0;
	}

	public int medianAnswerMinutes() {
		return (this.medianAnswerTime != null) ? this.medianAnswerTime.toMinutesPart() : 0;
	}

}
