package com.partnerportal.support;

import java.time.Instant;

/**
 * Where a request stands against its first-response SLA. While the support team has not
 * answered (and the request is not closed) the clock runs: on track, due soon (the last
 * part of the time allowed), overdue. Once it stopped: met or missed.
 */
public enum SlaState {

	ON_TRACK, DUE_SOON, OVERDUE, MET, MISSED;

	/**
	 * The state at {@code now} of a request due at {@code dueAt}, due soon from
	 * {@code dueSoonAt}, whose clock stopped at {@code stoppedAt} (null while it runs).
	 */
	public static SlaState of(Instant dueAt, Instant dueSoonAt, Instant stoppedAt, Instant now) {
		if (stoppedAt != null) {
			return stoppedAt.isAfter(dueAt) ? MISSED : MET;
		}
		if (now.isAfter(dueAt)) {
			return OVERDUE;
		}
		return now.isBefore(dueSoonAt) ? ON_TRACK : DUE_SOON;
	}

	/** Whether the clock still runs in this state. */
	public boolean isRunning() {
		return this == ON_TRACK || this == DUE_SOON || this == OVERDUE;
	}

}
