package partnerportal.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one phase of a page measured: throughput, response times and failed requests. The
 * closed phases (peak throughput) and the open phases (at 80 % of that peak) each write
 * theirs to a file, so that the open phases, which run in a second simulation, know each
 * page's peak, and the table joins both.
 *
 * @param perSecond requests answered per second
 * @param p50 median response time (ms)
 * @param p99 99th percentile response time (ms)
 * @param failures failed requests
 * @param warmUpSeconds how long the page was warmed up before it was measured
 */
record Measured(double perSecond, int p50, int p99, long failures, int warmUpSeconds) {

	static Measured of(Timings timings) {
		return new Measured(timings.perSecond(), timings.percentile(50), timings.percentile(99), timings.failures(),
				timings.warmUpSeconds());
	}

	/**
	 * Writes each page's measurement, one line per page id.
	 */
	static void write(Path file, Map<String, Measured> measured) throws IOException {
		List<String> lines = new ArrayList<>();
		measured.forEach((id, m) -> lines.add(String.format(Locale.ROOT, "%s\t%.3f\t%d\t%d\t%d\t%d", id, m.perSecond(),
				m.p50(), m.p99(), m.failures(), m.warmUpSeconds())));
		Files.createDirectories(file.getParent());
		Files.write(file, lines);
	}

	/**
	 * The measurements of a file {@link #write} wrote, by page id (empty when there is
	 * none).
	 */
	static Map<String, Measured> read(Path file) throws IOException {
		Map<String, Measured> measured = new LinkedHashMap<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.split("\t");
				if (fields.length == 6) {
					measured.put(fields[0], new Measured(Double.parseDouble(fields[1]), Integer.parseInt(fields[2]),
							Integer.parseInt(fields[3]), Long.parseLong(fields[4]), Integer.parseInt(fields[5])));
				}
			}
		}
		return measured;
	}

}
