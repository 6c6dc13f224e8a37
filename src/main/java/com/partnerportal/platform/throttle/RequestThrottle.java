package com.partnerportal.platform.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The one throttle of the portal: counts requests against the {@link ThrottleLimit named
 * limits}, in buckets stored in PostgreSQL (Bucket4j), so that every instance shares
 * them. A request either counts against all the limits it is subject to or, when one of
 * them is exhausted, against none, and learns how long to wait.
 */
public class RequestThrottle {

	private final ProxyManager<String> buckets;

	private final ThrottleProperties properties;

	RequestThrottle(ProxyManager<String> buckets, ThrottleProperties properties) {
		this.buckets = buckets;
		this.properties = properties;
	}

	/**
	 * Counts the request against each limit, each for the part of the request it counts
	 * per; a request without that part (no email given: it sends no mail, and the
	 * per-address limit still counts it) is not counted by that limit.
	 * @return admitted, or refused with the wait until every one of the limits allows it
	 * again
	 */
	public Admission admit(HttpServletRequest request, ThrottleLimit... limits) {
		List<Counted> counted = new ArrayList<>();
		for (ThrottleLimit limit : limits) {
			String subject = limit.subjectOf(request);
			if (subject.isEmpty()) {
				continue;
			}
			ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				counted.forEach((earlier) -> giveBack(earlier.limit(), earlier.subject()));
				return new Admission(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
			counted.add(new Counted(limit, subject));
		}
		return Admission.ADMITTED;
	}

	/**
	 * Counts one request against one limit for one subject (for callers without an HTTP
	 * request).
	 */
	public Admission admit(ThrottleLimit limit, String subject) {
		ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Admission.ADMITTED
				: new Admission(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/**
	 * Takes back an admitted request that should not count, e.g. a successful sign-in.
	 */
	public void giveBack(HttpServletRequest request, ThrottleLimit... limits) {
		for (ThrottleLimit limit : limits) {
			String subject = limit.subjectOf(request);
			if (!subject.isEmpty()) {
				giveBack(limit, subject);
			}
		}
	}

	public void giveBack(ThrottleLimit limit, String subject) {
		bucket(limit, subject).addTokens(1);
	}

	private BucketProxy bucket(ThrottleLimit limit, String subject) {
		ThrottleRate rate = this.properties.rateOf(limit);
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(
					Bandwidth.builder().capacity(rate.requests()).refillGreedy(rate.requests(), rate.period()).build())
			.build();
		return this.buckets.builder().build(key(limit, rate, subject), () -> configuration);
	}

	/**
	 * The bucket's key names the limit and its rate (a changed rate starts afresh) and
	 * holds a hash of the subject: no sign-in name or address is stored, and the key's
	 * length does not depend on what a client sends.
	 */
	static String key(ThrottleLimit limit, ThrottleRate rate, String subject) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
			return limit.name() + ":" + rate + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Time for the buckets: the portal's {@link Clock}, so that tests can move it.
	 */
	record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	private record Counted(ThrottleLimit limit, String subject) {

	}

}
