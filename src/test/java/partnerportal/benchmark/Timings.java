package partnerportal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured requests of one page: their response times, and the window they fill.
 */
final class Timings {

	private final List<Integer> responseTimes = new ArrayList<>();

	private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);

	private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

	private final AtomicLong failures = new AtomicLong();

	private final AtomicLong warmUpMillis = new AtomicLong();

	/**
	 * A request that answered at {@code end} (epoch milliseconds) after
	 * {@code responseTime} milliseconds.
	 */
	void add(long end, int responseTime) {
		synchronized (this.responseTimes) {
			this.responseTimes.add(responseTime);
		}
		this.firstStart.accumulateAndGet(end - responseTime, Math::min);
		this.lastEnd.accumulateAndGet(end, Math::max);
	}

	void failed() {
		this.failures.incrementAndGet();
	}

	int count() {
		synchronized (this.responseTimes) {
			return this.responseTimes.size();
		}
	}

	long failures() {
		return this.failures.get();
	}

	/**
	 * A virtual user's warm-up took {@code millis}; the page's warm-up is its longest.
	 */
	void warmedUp(long millis) {
		this.warmUpMillis.accumulateAndGet(millis, Math::max);
	}

	/** How long the page was warmed up before its measurement, in whole seconds. */
	int warmUpSeconds() {
		return (int) Math.round(this.warmUpMillis.get() / 1000.0);
	}

	/**
	 * Requests answered per second over the window from the first measured request's
	 * start to the last one's end.
	 */
	double perSecond() {
		long window = this.lastEnd.get() - this.firstStart.get();
		return (window > 0) ? count() * 1000.0 / window : 0;
	}

	/**
	 * The response time (ms) that {@code percent} of the requests did not exceed (nearest
	 * rank).
	 */
	int percentile(double percent) {
		List<Integer> sorted;
		synchronized (this.responseTimes) {
			sorted = new ArrayList<>(this.responseTimes);
		}
		if (sorted.isEmpty()) {
			return 0;
		}
		sorted.sort(null);
		int rank = (int) Math.ceil(percent / 100 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

}
