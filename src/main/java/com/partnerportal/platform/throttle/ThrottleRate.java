package com.partnerportal.platform.throttle;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * How many requests a limit allows per period, written {@code <requests>/<period>} in the
 * settings ({@code 5/15m}, {@code 30/1h}). The budget refills gradually: one request
 * every {@code period / requests}.
 *
 * @param requests how many requests at most in one period
 * @param period the period
 */
public record ThrottleRate(long requests, Duration period) {

	public ThrottleRate {
		if (requests < 1 || period.isZero() || period.isNegative()) {
			throw new IllegalArgumentException("A throttle rate needs at least one request in a positive period");
		}
	}

	public static ThrottleRate parse(String text) {
		int slash = text.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("A throttle rate is written <requests>/<period>, e.g. 5/15m: " + text);
		}
		return new ThrottleRate(Long.parseLong(text.substring(0, slash).trim()),
				DurationStyle.detectAndParse(text.substring(slash + 1).trim()));
	}

	@Override
	public String toString() {
		return this.requests + "/" + this.period;
	}

}
