package com.partnerportal.delegation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.delegation.DelegatedAdminTermRecords.Due;
import com.partnerportal.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delegated admin as time passes: reminders 30, 7 and 1 day before a relationship's end
 * date to both sides, the end at the end date (or the extension by 180 days of a
 * relationship that extends itself, while the partner may serve customers), and the
 * notice to customers of relationships from before end dates existed that they can narrow
 * them.
 * <p>
 * Each relationship is handled in a transaction of its own under the customer's advisory
 * lock (the one approvals and removals take), and each reminder and notice is claimed by
 * a row that exists once: the job is safe to run twice and on every instance at once.
 * Access itself does not wait for the job: it stops at the end date on the next request.
 */
@Service
public class DelegatedAdminTerms {

	/** The reminders, by days before the end, the earliest first. */
	static final List<Duration> REMINDERS = List.of(Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(1));

	/** How far a relationship that extends itself is extended at its end date. */
	public static final Duration EXTENSION = Duration.ofDays(180);

	/** How soon an end is "soon" for the back office. */
	public static final Duration ENDING_SOON = Duration.ofDays(30);

	private static final int BATCH = 100;

	private static final Logger logger = LoggerFactory.getLogger(DelegatedAdminTerms.class);

	private final DelegatedAdminRepository relationships;

	private final DelegatedAdminTermRecords records;

	private final Partners partners;

	private final FeatureAvailability availability;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DelegatedAdminTerms(DelegatedAdminRepository relationships, DelegatedAdminTermRecords records, Partners partners,
			FeatureAvailability availability, PlatformTransactionManager transactionManager, Clock clock) {
		this.relationships = relationships;
		this.records = records;
		this.partners = partners;
		this.availability = availability;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Runs the three jobs once, ends and extensions first: what the schedule does (every
	 * minute: its statements are served by partial indexes, and a relationship that
	 * extends itself pauses at most that long at its end date), and what a test that
	 * moved the clock calls.
	 */
	@Scheduled(cron = "${portal.delegation.terms-cron:0 * * * * *}")
	public TermRun run() {
		int ended = 0;
		int extended = 0;
		for (boolean wasExtended : endOrExtendDue()) {
			if (wasExtended) {
				extended++;
			}
			else {
				ended++;
			}
		}
		return new TermRun(ended, extended, remindEnding(), suggestNarrowing());
	}

	/**
	 * Ends each active relationship whose end date has come, or extends it if it extends
	 * itself and its partner may still serve customers (signed, not suspended, delegated
	 * admin available in its cloud instance).
	 * @return for each relationship handled, whether it was extended
	 */
	public List<Boolean> endOrExtendDue() {
		List<Boolean> outcomes = new ArrayList<>();
		each((limit) -> this.records.dueEnds(this.clock.instant(), limit), (due) -> {
			Boolean extended = this.transaction.execute((status) -> {
				lock(due);
				DelegatedAdmin relationship = this.relationships.findById(due.id()).orElseThrow();
				Instant now = this.clock.instant();
				DelegatedAdminView view = relationship.toView(due.partnerName());
				if (!view.isActive() || view.endsAt() == null || now.isBefore(view.endsAt())) {
					return null;
				}
				boolean mayServe = this.partners.mayServeCustomers(due.partnerId())
						&& this.availability.availableForPartner(due.partnerId(), PartnerFeature.DELEGATED_ADMIN);
				boolean result = relationship.reachEnd(mayServe, EXTENSION, due.customerName(), due.partnerName(), now);
				this.relationships.saveAndFlush(relationship);
				return result;
			});
			if (extended != null) {
				outcomes.add(extended);
			}
		});
		return outcomes;
	}

	/**
	 * Reminds both sides of each active relationship that ends within 30, 7 or 1 day of
	 * the most urgent reminder due, once per relationship, reminder and end date (a
	 * relationship that has only 5 days left when first seen gets the 7-day reminder, not
	 * the 30-day one as well).
	 * @return how many reminders were sent
	 */
	public int remindEnding() {
		int[] sent = { 0 };
		each((limit) -> {
			Instant now = this.clock.instant();
			return this.records.dueReminders(now, now.plus(REMINDERS.get(0)), limit);
		}, (due) -> {
			Boolean reminded = this.transaction.execute((status) -> {
				lock(due);
				DelegatedAdmin relationship = this.relationships.findById(due.id()).orElseThrow();
				Instant now = this.clock.instant();
				DelegatedAdminView view = relationship.toView(due.partnerName());
				if (!view.isActive() || view.endsAt() == null || !now.isBefore(view.endsAt())) {
					return false;
				}
				int days = daysBefore(view.endsAt(), now);
				if (days == 0 || !this.records.claimReminder(due.id(), days, view.endsAt(), now)) {
					return false;
				}
				relationship.remindOfEnd(days, due.customerName(), due.partnerName(), now);
				this.relationships.save(relationship);
				return true;
			});
			if (Boolean.TRUE.equals(reminded)) {
				sent[0]++;
			}
		});
		return sent[0];
	}

	/**
	 * Tells the customer of each active relationship without an end date that existed
	 * when end dates came (every role, approved before roles existed; marked by V38),
	 * once, that it can narrow it.
	 * @return how many customers were told
	 */
	public int suggestNarrowing() {
		int[] told = { 0 };
		each(this.records::withoutEndNotToldYet, (due) -> {
			Boolean suggested = this.transaction.execute((status) -> {
				lock(due);
				DelegatedAdmin relationship = this.relationships.findById(due.id()).orElseThrow();
				DelegatedAdminView view = relationship.toView(due.partnerName());
				Instant now = this.clock.instant();
				if (!view.isActive() || view.endsAt() != null || !this.records.claimNarrowingNotice(due.id(), now)) {
					return false;
				}
				relationship.suggestNarrowing(due.customerName(), due.partnerName(), now);
				this.relationships.save(relationship);
				return true;
			});
			if (Boolean.TRUE.equals(suggested)) {
				told[0]++;
			}
		});
		return told[0];
	}

	/**
	 * How many active relationships end within {@link #ENDING_SOON}: one count.
	 */
	@Transactional(readOnly = true)
	public long countEndingSoon() {
		Instant now = this.clock.instant();
		return this.records.countEnding(now, now.plus(ENDING_SOON));
	}

	/**
	 * A page of the active relationships ending within {@link #ENDING_SOON}, soonest
	 * first: one statement, no count.
	 */
	@Transactional(readOnly = true)
	public Slice<EndingRelationship> endingSoon(Pageable pageable) {
		Instant now = this.clock.instant();
		return this.records.endingPage(now, now.plus(ENDING_SOON), pageable);
	}

	/**
	 * The most urgent reminder due now for this end date, in days before it; 0 if none is
	 * due yet.
	 */
	static int daysBefore(Instant endsAt, Instant now) {
		int days = 0;
		for (Duration reminder : REMINDERS) {
			if (!now.isBefore(endsAt.minus(reminder))) {
				days = (int) reminder.toDays();
			}
		}
		return days;
	}

	/**
	 * Handles what {@code batches} finds, batch by batch, each relationship once per run;
	 * a relationship that fails is logged and left for the next run.
	 */
	private void each(IntFunction<List<Due>> batches, Consumer<Due> handle) {
		Set<UUID> seen = new HashSet<>();
		while (true) {
			List<Due> batch = batches.apply(BATCH);
			boolean anyNew = false;
			for (Due due : batch) {
				if (!seen.add(due.id())) {
					continue;
				}
				anyNew = true;
				try {
					handle.accept(due);
				}
				catch (RuntimeException ex) {
					logger.warn("Delegated-admin relationship {} left for the next run", due.id(), ex);
				}
			}
			if (batch.size() < BATCH || !anyNew) {
				return;
			}
		}
	}

	private void lock(Due due) {
		this.relationships.lockCustomer(DelegatedAdmins.LOCK_NAMESPACE, due.customerId().hashCode());
	}

	/**
	 * What one run of the jobs did.
	 */
	public record TermRun(int ended, int extended, int reminded, int toldToNarrow) {

	}

}
