package partnerportal.benchmark;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import partnerportal.benchmark.PortalPagesSimulation.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the benchmark calls a broken measurement and what a missed goal.
 */
class ResultsTest {

	static final Page FLOOR = new Page("floor", "floor", null, "/benchmark/floor", 0);

	static final Page HOME = new Page("customer-home", "customer home", "admin@example.com", "/customer", 0.7);

	@Test
	void aFailedRequestOfAClosedPhaseMeansTheMeasurementDoesNotHold() {
		Results results = results(new Measured(800, 10, 40, 3, 10), new Measured(640, 8, 30, 0, 10));

		assertThat(results.failures()).containsExactly("customer home: 3 failed requests");
	}

	@Test
	void anUnansweredRequestAt80PercentIsAMissedLatencyGoal() {
		Results results = results(new Measured(800, 10, 40, 0, 10), new Measured(640, 8, 30, 12, 10));

		assertThat(results.failures()).isEmpty();
		assertThat(results.belowGoal())
			.containsExactly("customer home: 12 requests unanswered or failed at 80 % of its peak");
	}

	@Test
	void aSlowOrScarcePageIsBelowItsGoals() {
		Results results = results(new Measured(600, 10, 40, 0, 10), new Measured(480, 8, 101, 0, 10));

		assertThat(results.failures()).isEmpty();
		assertThat(results.belowGoal()).containsExactly("customer home: 0.60 of the floor, goal 0.7",
				"customer home: p99 101 ms at 80 % of its peak, goal 100 ms");
	}

	@Test
	void theTableSaysHowLongEachPageWasWarmedUp() {
		Results results = results(new Measured(750, 10, 40, 0, 95), new Measured(600, 8, 60, 0, 31));

		assertThat(results.table()).contains("| customer home | 750 | 0.75 | 0.7 ✓ |").contains("| 0 | 95 s / 31 s |");
	}

	private static Results results(Measured home, Measured homeAt80) {
		return new Results(Map.of(FLOOR, new Measured(1000, 5, 20, 0, 12), HOME, home), Map.of(HOME, homeAt80),
				Map.of(), 1000, 16, Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(15));
	}

}
