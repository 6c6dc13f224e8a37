package com.partnerportal.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedAdminTerms;
import com.partnerportal.delegation.DelegatedAdminTerms.TermRun;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Delegated admin as time passes, for tests: move the test clock and run the end-date
 * jobs once (reminders, ends, extensions, notices), as the schedule would. A browser test
 * whose relationship was approved for 90 days gets the 7-day reminder to both sides with
 * {@code TestDelegatedAdminTerms.advanceAndRun(clock, terms, Duration.ofDays(83))} (reset
 * the clock afterwards).
 */
public final class TestDelegatedAdminTerms {

	private TestDelegatedAdminTerms() {
	}

	/**
	 * Moves the clock on by {@code by}, then runs the jobs once.
	 */
	public static TermRun advanceAndRun(TestClock clock, DelegatedAdminTerms terms, Duration by) {
		clock.advance(by);
		return terms.run();
	}

	/**
	 * Gives a relationship an end date (and auto-extension), as an approval of a request
	 * with a duration does: for tests of what happens at the end.
	 */
	public static void endsAt(JdbcTemplate jdbc, UUID relationshipId, Instant endsAt, boolean autoExtend) {
		jdbc.update("update delegated_admin set ends_at = ?, auto_extend = ? where id = ?",
				(endsAt != null) ? endsAt.atOffset(ZoneOffset.UTC) : null, autoExtend, relationshipId);
	}

	/**
	 * Marks a relationship as one that existed when end dates came, as V38 marked every
	 * active relationship then: its customer is to be told once that it can narrow it.
	 */
	public static void existedBeforeEndDates(JdbcTemplate jdbc, UUID relationshipId) {
		jdbc.update("insert into delegated_admin_narrowing_notice (delegated_admin_id) values (?)", relationshipId);
	}

}
