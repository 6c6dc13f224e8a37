package com.partnerportal.performance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the SQL statements of each request: the data source reports every statement
 * executed and every commit, and they are charged to the request being served on that
 * thread. Work done on other threads (event listeners after commit, jobs) is not charged
 * to any request.
 * <p>
 * A test names a request with the {@value #PROBE_HEADER} header and then asks for its
 * count; the benchmark tags its requests with {@value #PAGE_HEADER} and reads the totals
 * per page.
 */
public class SqlStatements {

	/** Names one request whose count a test will ask for. */
	public static final String PROBE_HEADER = "X-Statement-Probe";

	/** The page a benchmark request measures: its statements are added to that page's. */
	public static final String PAGE_HEADER = "X-Benchmark-Page";

	private final ThreadLocal<Recording> current = new ThreadLocal<>();

	private final Map<String, CompletableFuture<RequestStatements>> probes = new ConcurrentHashMap<>();

	private final Map<String, PageTally> pages = new ConcurrentHashMap<>();

	void begin() {
		this.current.set(new Recording());
	}

	RequestStatements end() {
		Recording recording = this.current.get();
		this.current.remove();
		return (recording != null) ? recording.result() : null;
	}

	void executed(String sql) {
		Recording recording = this.current.get();
		if (recording != null) {
			recording.statement(sql);
		}
	}

	void transactionEnded() {
		Recording recording = this.current.get();
		if (recording != null) {
			recording.transactions++;
		}
	}

	void finished(String probe, String page, RequestStatements statements) {
		if (probe != null) {
			probe(probe).complete(statements);
		}
		if (page != null) {
			this.pages.computeIfAbsent(page, (name) -> new PageTally()).add(statements);
		}
	}

	private CompletableFuture<RequestStatements> probe(String probe) {
		return this.probes.computeIfAbsent(probe, (name) -> new CompletableFuture<>());
	}

	/**
	 * The statements of the request sent with {@value #PROBE_HEADER}{@code : probe},
	 * waiting for it to finish (the response can reach the client before the server's
	 * filter chain has returned).
	 */
	public RequestStatements of(String probe) {
		try {
			return probe(probe).get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("No request with " + PROBE_HEADER + ": " + probe + " finished", ex);
		}
		finally {
			this.probes.remove(probe);
		}
	}

	/**
	 * Per page tagged with {@value #PAGE_HEADER}: requests, and statements per request on
	 * average.
	 */
	public Map<String, PageTotals> pages() {
		Map<String, PageTotals> totals = new TreeMap<>();
		this.pages.forEach((page, tally) -> totals.put(page, tally.totals()));
		return totals;
	}

	static boolean isSessionTable(String sql) {
		return sql.toLowerCase(Locale.ROOT).contains("spring_session");
	}

	static boolean isRead(String sql) {
		String start = sql.stripLeading().toLowerCase(Locale.ROOT);
		return start.startsWith("select") || (start.startsWith("with") && !start.contains("insert ")
				&& !start.contains("update ") && !start.contains("delete "));
	}

	/**
	 * Statements per request of one page, over all its requests.
	 *
	 * @param requests requests counted
	 * @param statements statements per request, on average
	 * @param sessionReads session reads per request, on average
	 * @param sessionWrites session writes per request, on average
	 * @param transactions transactions per request, on average
	 */
	public record PageTotals(long requests, double statements, double sessionReads, double sessionWrites,
			double transactions) {

	}

	private static final class Recording {

		private final List<String> sql = new ArrayList<>();

		private int sessionReads;

		private int sessionWrites;

		private int transactions;

		void statement(String statement) {
			this.sql.add(statement);
			if (isSessionTable(statement)) {
				if (isRead(statement)) {
					this.sessionReads++;
				}
				else {
					this.sessionWrites++;
				}
			}
		}

		RequestStatements result() {
			return new RequestStatements(this.sql.size(), this.sessionReads, this.sessionWrites, this.transactions,
					List.copyOf(this.sql));
		}

	}

	private static final class PageTally {

		private final LongAdder requests = new LongAdder();

		private final LongAdder statements = new LongAdder();

		private final LongAdder sessionReads = new LongAdder();

		private final LongAdder sessionWrites = new LongAdder();

		private final LongAdder transactions = new LongAdder();

		void add(RequestStatements request) {
			this.requests.increment();
			this.statements.add(request.statements());
			this.sessionReads.add(request.sessionReads());
			this.sessionWrites.add(request.sessionWrites());
			this.transactions.add(request.transactions());
		}

		PageTotals totals() {
			long count = this.requests.sum();
			double n = Math.max(count, 1);
			return new PageTotals(count, this.statements.sum() / n, this.sessionReads.sum() / n,
					this.sessionWrites.sum() / n, this.transactions.sum() / n);
		}

	}

}
