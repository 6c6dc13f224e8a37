package com.partnerportal.platform.throttle;

/**
 * A request refused by a {@link ThrottleLimit}: answered with 429 and the page that says
 * when to try again.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Admission admission;

	public TooManyRequestsException(Admission admission) {
		super("Too many requests", null, false, false);
		this.admission = admission;
	}

	public Admission admission() {
		return this.admission;
	}

}
