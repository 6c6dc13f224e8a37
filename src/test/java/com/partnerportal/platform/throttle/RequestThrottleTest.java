package com.partnerportal.platform.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.partnerportal.testing.PortalIntegrationTest;
import com.partnerportal.testing.TestClock;
import com.partnerportal.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's buckets live in PostgreSQL: two throttles (two instances of the portal)
 * over one database share them, a burst released at once gets exactly the budget, and
 * time refills them.
 */
@PortalIntegrationTest
class RequestThrottleTest {

	private static final ThrottleProperties THREE_PER_HOUR = new ThrottleProperties(
			Arrays.stream(ThrottleLimit.values())
				.collect(Collectors.toMap((limit) -> limit, (limit) -> ThrottleRate.parse("3/1h"))));

	@Autowired
	DataSource dataSource;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void twoInstancesOverOneDatabaseShareTheBudget() {
		RequestThrottle first = newInstance();
		RequestThrottle second = newInstance();
		String subject = TestData.unique("shared");

		assertThat(first.admit(ThrottleLimit.INVITATION_LINK_PER_LINK, subject).admitted()).isTrue();
		assertThat(second.admit(ThrottleLimit.INVITATION_LINK_PER_LINK, subject).admitted()).isTrue();
		assertThat(first.admit(ThrottleLimit.INVITATION_LINK_PER_LINK, subject).admitted()).isTrue();

		Admission fourth = second.admit(ThrottleLimit.INVITATION_LINK_PER_LINK, subject);
		assertThat(fourth.admitted()).isFalse();
		// 3 per hour refill one every 20 minutes
		assertThat(fourth.retryAfterMinutes()).isEqualTo(20);
		assertThat(this.jdbc.queryForObject("select count(*) from throttle_bucket where id = ?", Integer.class,
				RequestThrottle.key(ThrottleLimit.INVITATION_LINK_PER_LINK, ThrottleRate.parse("3/1h"), subject)))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from throttle_bucket where id like ?", Integer.class,
				"%" + subject + "%"))
			.as("the subject is stored only as a hash")
			.isZero();
	}

	@Test
	void aBurstReleasedTogetherGetsExactlyTheBudget() throws Exception {
		RequestThrottle throttle = newInstance();
		String subject = TestData.unique("burst");
		int threads = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return throttle.admit(ThrottleLimit.SIGN_IN_PER_ACCOUNT, subject).admitted();
				}));
			}
			start.countDown();
			int admitted = 0;
			for (Future<Boolean> result : results) {
				admitted += result.get() ? 1 : 0;
			}
			assertThat(admitted).isEqualTo(3);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theBudgetRefillsWithThePortalsClock() {
		RequestThrottle throttle = newInstance();
		String subject = TestData.unique("refill");
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.admit(ThrottleLimit.SIGN_IN_PER_ADDRESS, subject).admitted()).isTrue();
		}
		assertThat(throttle.admit(ThrottleLimit.SIGN_IN_PER_ADDRESS, subject).admitted()).isFalse();

		this.clock.advance(Duration.ofMinutes(21));

		assertThat(throttle.admit(ThrottleLimit.SIGN_IN_PER_ADDRESS, subject).admitted()).isTrue();
		assertThat(throttle.admit(ThrottleLimit.SIGN_IN_PER_ADDRESS, subject).admitted()).isFalse();
	}

	@Test
	void aRequestGivenBackDoesNotCount() {
		RequestThrottle throttle = newInstance();
		String subject = TestData.unique("given-back");
		for (int i = 0; i < 10; i++) {
			assertThat(throttle.admit(ThrottleLimit.SIGN_IN_PER_ACCOUNT, subject).admitted()).isTrue();
			throttle.giveBack(ThrottleLimit.SIGN_IN_PER_ACCOUNT, subject);
		}
	}

	@Test
	void aRateIsWrittenAsRequestsPerPeriod() {
		assertThat(ThrottleRate.parse("5/15m")).isEqualTo(new ThrottleRate(5, Duration.ofMinutes(15)));
		assertThat(ThrottleRate.parse(" 30 / PT1H ")).isEqualTo(new ThrottleRate(30, Duration.ofHours(1)));
	}

	private RequestThrottle newInstance() {
		return new RequestThrottle(
				ThrottleConfiguration.throttleBuckets(this.dataSource, new RequestThrottle.ClockTimeMeter(this.clock)),
				THREE_PER_HOUR);
	}

}
