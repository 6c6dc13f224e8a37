package com.partnerportal.platform;

import java.util.List;

import com.partnerportal.testing.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests move the clock: the jobs that act on the clock's time are off in the test profile
 * (the tests call them), while mail delivery keeps retrying by itself.
 */
@PortalIntegrationTest
class ClockDrivenJobsOffInTestsTest {

	@Autowired
	private List<ScheduledTaskHolder> holders;

	@Test
	void noClockDrivenJobIsScheduledInTests() {
		List<String> scheduled = this.holders.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::toString)
			.toList();
		assertThat(scheduled).as("mail delivery still retries by itself")
			.anyMatch((task) -> task.contains("deliverDueLater"));
		assertThat(scheduled).noneMatch((task) -> task.contains("expireOverdue"))
			.noneMatch((task) -> task.contains("remindExpiring"))
			.noneMatch((task) -> task.contains("expireEndedTrials"))
			.noneMatch((task) -> task.contains("remindEndingTrials"))
			.noneMatch((task) -> task.contains("DelegatedAdminTerms"));
	}

}
