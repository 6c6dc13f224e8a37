package partnerportal.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JitActivityTest {

	private final JitActivity jit = new JitActivity("http://localhost:1");

	@Test
	void compilersThatWorkedHalfTheLastTenSecondsAreBusy() {
		for (int second = 0; second <= 10; second++) {
			this.jit.read(second * 1000L, 60_000 + second * 500L, 0);
		}

		assertThat(this.jit.settled()).isFalse();
	}

	@Test
	void compilersThatWorkedUnderAFifthOfASecondInTheLastTenSecondsAreIdle() {
		for (int second = 0; second <= 30; second++) {
			// busy for the first 15 s, then 20 ms a second
			long worked = (second <= 15) ? second * 900L : 15 * 900L + (second - 15) * 20L;
			this.jit.read(second * 1000L, worked, 0);
		}

		assertThat(this.jit.settled()).isTrue();
	}

	@Test
	void noVerdictOfIdleBeforeAWholeWindowWasRead() {
		for (int second = 0; second < 10; second++) {
			this.jit.read(second * 1000L, 5_000, 0);
		}

		assertThat(this.jit.settled()).isFalse();
		this.jit.read(10_000L, 5_000, 0);
		assertThat(this.jit.settled()).isTrue();
	}

	@Test
	void readingsFromBeforeAPauseInReadingAreNotWeighed() {
		for (int second = 0; second <= 10; second++) {
			this.jit.read(second * 1000L, 5_000, 0);
		}
		assertThat(this.jit.settled()).isTrue();

		this.jit.forget();
		assertThat(this.jit.settled()).isFalse();
		// a minute later: 9 s of idle compilers are not yet a whole window
		for (int second = 70; second < 79; second++) {
			this.jit.read(second * 1000L, 9_000, 0);
		}
		assertThat(this.jit.settled()).isFalse();
		this.jit.read(80_000L, 9_000, 0);
		assertThat(this.jit.settled()).isTrue();
	}

	@Test
	void aBurstOfCompilingWithinTheWindowKeepsItBusy() {
		for (int second = 0; second <= 20; second++) {
			// idle, then 700 ms of compiling at second 18
			this.jit.read(second * 1000L, (second < 18) ? 1_000 : 1_700, 0);
		}

		assertThat(this.jit.settled()).isFalse();
	}

	@Test
	void aCompilationUnderWayKeepsItBusyThoughNoneEndedInTheWindow() {
		for (int second = 0; second <= 20; second++) {
			this.jit.read(second * 1000L, 1_000, (second < 20) ? 0 : 1);
		}

		assertThat(this.jit.settled()).isFalse();
		this.jit.read(21_000L, 1_050, 0);
		assertThat(this.jit.settled()).isTrue();
	}

}
