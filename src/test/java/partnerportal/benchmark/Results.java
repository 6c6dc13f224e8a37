package partnerportal.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import partnerportal.benchmark.PortalPagesSimulation.Page;

/**
 * The table of one run: each page's peak throughput (closed model), its ratio to the
 * floor, its response times at that peak, its response times at 80 % of that peak (open
 * model), its SQL statements per request, and which pages missed their ratio goal or the
 * p99 goal.
 */
final class Results {

	/** The slowest 99th percentile a page may have at 80 % of its peak. */
	static final int P99_GOAL_MS = 100;

	/** The share of a page's peak at which its latency is measured (open model). */
	static final double OPEN_SHARE = 0.8;

	/**
	 * Where the closed phases' measurements are kept for the open phases and the table.
	 */
	static final String CLOSED_FILE = "closed.tsv";

	/** Where the open phases' measurements are kept. */
	static final String OPEN_FILE = "open.tsv";

	private final Map<Page, Measured> pages;

	private final Map<Page, Measured> open;

	private final Map<String, String[]> statements;

	private final double floor;

	private final int users;

	private final Duration warmup;

	private final Duration measure;

	private final Duration openMeasure;

	Results(Map<Page, Measured> pages, Map<Page, Measured> open, Map<String, String[]> statements, double floor,
			int users, Duration warmup, Duration measure, Duration openMeasure) {
		this.pages = pages;
		this.open = open;
		this.statements = statements;
		this.floor = floor;
		this.users = users;
		this.warmup = warmup;
		this.measure = measure;
		this.openMeasure = openMeasure;
	}

	List<String> belowGoal() {
		List<String> below = new ArrayList<>();
		this.pages.forEach((page, measured) -> {
			if (page.goal() > 0 && ratio(measured) < page.goal()) {
				below.add(String.format(Locale.ROOT, "%s: %.2f of the floor, goal %.1f", page.name(), ratio(measured),
						page.goal()));
			}
			Measured atShare = this.open.get(page);
			if (atShare != null && atShare.p99() > P99_GOAL_MS) {
				below.add(String.format(Locale.ROOT, "%s: p99 %d ms at %.0f %% of its peak, goal %d ms", page.name(),
						atShare.p99(), OPEN_SHARE * 100, P99_GOAL_MS));
			}
			// the page answered every request of its closed phase (or failures() says
			// so):
			// at 80 % an unanswered request is a response that came too late
			if (atShare != null && atShare.failures() > 0) {
				below.add(String.format(Locale.ROOT, "%s: %d requests unanswered or failed at %.0f %% of its peak",
						page.name(), atShare.failures(), OPEN_SHARE * 100));
			}
		});
		return below;
	}

	List<String> failures() {
		List<String> failures = new ArrayList<>();
		this.pages.forEach((page, measured) -> {
			if (measured.failures() > 0) {
				failures.add(page.name() + ": " + measured.failures() + " failed requests");
			}
		});
		return failures;
	}

	private double ratio(Measured measured) {
		return (this.floor > 0) ? measured.perSecond() / this.floor : 0;
	}

	String table() {
		StringBuilder table = new StringBuilder();
		String open = this.open.isEmpty() ? ""
				: String.format(Locale.ROOT, "; then each page at %.0f %% of its peak (open model, %d s measured)",
						OPEN_SHARE * 100, this.openMeasure.toSeconds());
		table.append(String.format(Locale.ROOT,
				"Run %s on %d cores (load average %.1f at the end), %s %s; %d users (closed), "
						+ "first every page at once for %d s unmeasured, then per page a warm-up of %d s and on "
						+ "until the JIT compilers idle (at most %d s), and %d s measured%s; "
						+ "floor: %.0f req/s (the faster of its two runs)%n%n",
				Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), this.users, Integer.getInteger("benchmark.warmup-all", 120),
				this.warmup.toSeconds(), Integer.getInteger("benchmark.warmup-max", 240), this.measure.toSeconds(),
				open, this.floor));
		table.append("| page | req/s | ratio to floor | goal | p50 | p99 | p50 at 80 % | p99 at 80 % (goal "
				+ P99_GOAL_MS
				+ " ms) | SQL statements per request | session reads / writes | transactions | failed | warm-up (peak / 80 %) |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		this.pages.forEach((page, measured) -> {
			String[] counted = this.statements.get(page.name());
			String goal = (page.goal() > 0)
					? String.format(Locale.ROOT, "%.1f", page.goal()) + ((ratio(measured) < page.goal()) ? " ✗" : " ✓")
					: "";
			Measured atShare = this.open.get(page);
			String openP50 = (atShare != null) ? atShare.p50() + " ms" : "";
			String openP99 = (atShare != null) ? atShare.p99() + " ms" + ((atShare.p99() > P99_GOAL_MS) ? " ✗" : " ✓")
					: "";
			long failed = measured.failures() + ((atShare != null) ? atShare.failures() : 0);
			String warmUp = measured.warmUpSeconds() + " s"
					+ ((atShare != null) ? " / " + atShare.warmUpSeconds() + " s" : "");
			table.append(String.format(Locale.ROOT,
					"| %s | %.0f | %.2f | %s | %d ms | %d ms | %s | %s | %s | %s | %s | %d | %s |%n", page.name(),
					measured.perSecond(), ratio(measured), goal, measured.p50(), measured.p99(), openP50, openP99,
					(counted != null) ? number(counted[2]) : "?",
					(counted != null) ? number(counted[3]) + " / " + number(counted[4]) : "?",
					(counted != null) ? number(counted[5]) : "?", failed, warmUp));
		});
		List<String> below = belowGoal();
		table.append('\n')
			.append(below.isEmpty() ? "Every page reached its goals."
					: "Below a goal: " + String.join("; ", below) + ".")
			.append('\n');
		return table.toString();
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("results.md"), table());
		Files.write(directory.resolve("below-goal.txt"), belowGoal());
		Files.write(directory.resolve("failures.txt"), failures());
	}

	private static String number(String value) {
		double number = Double.parseDouble(value);
		return (number == Math.rint(number)) ? Long.toString((long) number)
				: String.format(Locale.ROOT, "%.1f", number);
	}

}
