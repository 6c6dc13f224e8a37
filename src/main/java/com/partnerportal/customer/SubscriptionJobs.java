package com.partnerportal.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions' scheduled jobs: trials that ended expire, trials about to end are
 * reminded. Each claims its rows with {@code SKIP LOCKED}, so it is safe on every
 * instance at once; the subscriptions raise the events that mails and the activity log
 * listen to.
 */
@Service
public class SubscriptionJobs {

	private static final Duration TRIAL_REMINDER = Duration.ofDays(7);

	private static final int BATCH = 100;

	private final SubscriptionRepository subscriptions;

	private final Clock clock;

	SubscriptionJobs(SubscriptionRepository subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	/**
	 * Expires trials that ended without a purchase.
	 */
	@Scheduled(cron = "${portal.subscriptions.trial-expiry-cron:0 */15 * * * *}")
	@Transactional
	public int expireEndedTrials() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<Subscription> ended;
		do {
			ended = this.subscriptions.claimEndedTrials(now, BATCH);
			for (Subscription subscription : ended) {
				if (subscription.expireTrialIfEnded(now)) {
					expired++;
				}
			}
			this.subscriptions.saveAllAndFlush(ended);
		}
		while (ended.size() == BATCH);
		return expired;
	}

	/**
	 * Mails the customer and the partner that sold it when a trial ends within 7 days,
	 * once per trial.
	 */
	@Scheduled(cron = "${portal.subscriptions.trial-reminder-cron:0 7 * * * *}")
	@Transactional
	public int remindEndingTrials() {
		Instant now = this.clock.instant();
		List<Subscription> ending = this.subscriptions.claimTrialsToRemind(now, now.plus(TRIAL_REMINDER), BATCH);
		for (Subscription subscription : ending) {
			subscription.remindTrialEnding(now);
		}
		this.subscriptions.saveAll(ending);
		return ending.size();
	}

}
