package partnerportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The last step of {@code ./mvnw -Pbenchmark verify}: prints the table the simulation
 * wrote, says where Gatling's report is, and fails when a request of a closed phase
 * failed (the page is broken, the measurement does not hold), or when a page is below its
 * ratio goal, its p99 at 80 % of its peak is above 100 ms or a request at 80 % went
 * unanswered (unless {@code -Dbenchmark.enforce=false}, while the pages are not fixed
 * yet). Arguments: Gatling's results folder, the benchmark's output folder, and whether
 * to enforce the goals.
 */
public final class BenchmarkResults {

	private BenchmarkResults() {
	}

	public static void main(String[] args) throws IOException {
		Path gatling = Path.of(args[0]);
		Path output = Path.of(args[1]);
		boolean enforce = Boolean.parseBoolean(args[2]);
		Path results = output.resolve("results.md");
		if (!Files.exists(results)) {
			throw new IllegalStateException("The simulation wrote no " + results);
		}
		System.out.println();
		System.out.println(Files.readString(results));
		System.out.println("Table: " + results.toAbsolutePath());
		try (var reports = Files.list(gatling)) {
			reports.filter(Files::isDirectory)
				.max(Comparator.comparing(Path::getFileName))
				.ifPresent((report) -> System.out.println("Gatling's report: " + report.resolve("index.html")));
		}
		List<String> failures = Files.readAllLines(output.resolve("failures.txt"));
		if (!failures.isEmpty()) {
			throw new IllegalStateException("Requests failed, the measurement does not hold: "
					+ String.join("; ", failures) + " (see Gatling's report)");
		}
		List<String> below = Files.readAllLines(output.resolve("below-goal.txt"));
		if (!below.isEmpty()) {
			if (enforce) {
				throw new IllegalStateException("Pages below a goal (ratio to the floor, or p99 at 80 % of the peak): "
						+ String.join("; ", below) + " (-Dbenchmark.enforce=false only reports)");
			}
			System.out
				.println("Pages below a goal (reported only, -Dbenchmark.enforce=false): " + String.join("; ", below));
		}
	}

}
