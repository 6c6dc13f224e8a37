package com.partnerportal.pipeline;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Funnels once counted, each with the version of the pipeline it was counted at
 * ({@link PipelineVersions}): a funnel is counted again when its version has moved, and
 * at the latest after {@link #MAX_AGE} (a safety net for rows written behind the events'
 * back). The most recently used {@link #CAPACITY} funnels are kept; two requests that
 * miss at once both count, and the later one is kept.
 */
@Component
class FunnelCache {

	/** Funnels kept in memory (a report is a few kilobytes). */
	static final int CAPACITY = 500;

	/** The longest a funnel is shown without being counted again. */
	static final Duration MAX_AGE = Duration.ofMinutes(10);

	private final Map<Key, Counted> entries = new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
			return size() > CAPACITY;
		}

	};

	/**
	 * The funnel of a scope (a partner's id, or the program's cloud instance) and filter
	 * at the given version, counted by {@code count} unless kept.
	 */
	FunnelReport get(Object scope, FunnelFilter filter, long version, Supplier<FunnelReport> count) {
		Key key = new Key(scope, filter);
		long now = System.nanoTime();
		Counted kept;
		synchronized (this.entries) {
			// taken out and put back: the most recently used is the last to go
			kept = this.entries.remove(key);
			if (kept != null) {
				this.entries.put(key, kept);
			}
		}
		if (kept != null && kept.version() == version && now - kept.countedAt() < MAX_AGE.toNanos()) {
			return kept.report();
		}
		FunnelReport report = count.get();
		synchronized (this.entries) {
			this.entries.put(key, new Counted(version, now, report));
		}
		return report;
	}

	private record Key(Object scope, FunnelFilter filter) {
	}

	private record Counted(long version, long countedAt, FunnelReport report) {
	}

}
