package com.partnerportal.catalog;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How a paid subscription is billed: every month or every year.
 */
public enum BillingTerm {

	MONTHLY(Period.ofMonths(1)), ANNUAL(Period.ofYears(1));

	private final Period length;

	BillingTerm(Period length) {
		this.length = length;
	}

	/**
	 * When a term that starts at {@code start} ends (calendar months and years, in UTC).
	 */
	public Instant endOfTermStartingAt(Instant start) {
		return start.atZone(ZoneOffset.UTC).plus(this.length).toInstant();
	}

}
