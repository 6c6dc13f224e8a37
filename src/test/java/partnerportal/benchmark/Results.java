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
 * The table of one run: each page's throughput, its ratio to the floor, its response
 * times and its SQL statements per request, and which pages missed their ratio goal.
 */
final class Results {

	private final Map<Page, Timings> pages;

	private final Map<String, String[]> statements;

	private final double floor;

	private final int users;

	private final Duration warmup;

	private final Duration measure;

	Results(Map<Page, Timings> pages, Map<String, String[]> statements, double floor, int users, Duration warmup,
			Duration measure) {
		this.pages = pages;
		this.statements = statements;
		this.floor = floor;
		this.users = users;
		this.warmup = warmup;
		this.measure = measure;
	}

	List<String> belowGoal() {
		List<String> below = new ArrayList<>();
		this.pages.forEach((page, timings) -> {
			if (page.goal() > 0 && ratio(timings) < page.goal()) {
				below.add(String.format(Locale.ROOT, "%s: %.2f of the floor, goal %.1f", page.name(), ratio(timings),
						page.goal()));
			}
		});
		return below;
	}

	List<String> failures() {
		List<String> failures = new ArrayList<>();
		this.pages.forEach((page, timings) -> {
			if (timings.failures() > 0) {
				failures.add(page.name() + ": " + timings.failures() + " failed requests");
			}
		});
		return failures;
	}

	private double ratio(Timings timings) {
		return (this.floor > 0) ? timings.perSecond() / this.floor : 0;
	}

	String table() {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"Run %s on %d cores (load average %.1f at the end), %s %s; %d users (closed), "
						+ "%d s warm-up + %d s measured per page; floor: %.0f req/s (the faster of its two runs)%n%n",
				Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), this.users, this.warmup.toSeconds(), this.measure.toSeconds(),
				this.floor));
		table.append("| page | req/s | ratio to floor | goal | p50 | p99 | SQL statements per request | "
				+ "session reads / writes | transactions | failed |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		this.pages.forEach((page, timings) -> {
			String[] counted = this.statements.get(page.name());
			String goal = (page.goal() > 0)
					? String.format(Locale.ROOT, "%.1f", page.goal()) + ((ratio(timings) < page.goal()) ? " ✗" : " ✓")
					: "";
			table.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %s | %d ms | %d ms | %s | %s | %s | %d |%n",
					page.name(), timings.perSecond(), ratio(timings), goal, timings.percentile(50),
					timings.percentile(99), (counted != null) ? number(counted[2]) : "?",
					(counted != null) ? number(counted[3]) + " / " + number(counted[4]) : "?",
					(counted != null) ? number(counted[5]) : "?", timings.failures()));
		});
		List<String> below = belowGoal();
		table.append('\n')
			.append(below.isEmpty() ? "Every page reached its ratio goal."
					: "Below the ratio goal: " + String.join("; ", below) + ".")
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
