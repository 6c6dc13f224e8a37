package com.partnerportal.platform.throttle;

import java.time.Duration;

/**
 * Whether a request may go on, and if not, how long until it may.
 *
 * @param admitted whether the request was counted and may go on
 * @param retryAfter when refused, how long until one more request is allowed
 */
public record Admission(boolean admitted, Duration retryAfter) {

	static final Admission ADMITTED = new Admission(true, Duration.ZERO);

	/**
	 * The wait in whole minutes, rounded up, at least one: what the refused person is
	 * told.
	 */
	public long retryAfterMinutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

	/**
	 * The wait in whole seconds, rounded up, for the {@code Retry-After} header.
	 */
	public long retryAfterSeconds() {
		return Math.max(1, this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0));
	}

}
