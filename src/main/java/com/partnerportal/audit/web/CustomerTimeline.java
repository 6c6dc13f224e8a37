package com.partnerportal.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.audit.ActivityFilter;
import com.partnerportal.audit.ActivityLog;
import com.partnerportal.customer.CustomerDirectory;
import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.notification.MailLog;
import com.partnerportal.notification.MailLogEntry;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's page in the back office, read in one read-only transaction: the customer,
 * its delegated-admin relationships past and present, and one timeline, newest first, of
 * everything about it. The timeline is the activity log's entries for the customer (they
 * already record its invitations and offers, subscriptions, relationships, Partner of
 * Record changes and service requests) merged with the mails to its admins: the newest
 * {@value #ACTIVITY_LIMIT} and {@value #MAIL_LIMIT}, so the page stays a few statements
 * whatever the history; older activity is in the activity log, filtered by the customer.
 */
@Component
class CustomerTimeline {

	static final int ACTIVITY_LIMIT = 50;

	static final int MAIL_LIMIT = 20;

	private final Tenants tenants;

	private final CustomerDirectory directory;

	private final DelegatedAdmins delegatedAdmins;

	private final ActivityLog activityLog;

	private final MailLog mailLog;

	CustomerTimeline(Tenants tenants, CustomerDirectory directory, DelegatedAdmins delegatedAdmins,
			ActivityLog activityLog, MailLog mailLog) {
		this.tenants = tenants;
		this.directory = directory;
		this.delegatedAdmins = delegatedAdmins;
		this.activityLog = activityLog;
		this.mailLog = mailLog;
	}

	@Transactional(readOnly = true)
	Content read(UUID customerId) {
		CustomerView customer = this.tenants.customer(customerId);
		List<DelegatedAdminView> relationships = this.delegatedAdmins.history(customerId);
		Slice<ActivityEntry> activity = this.activityLog.ofCustomer(customerId,
				new ActivityFilter(false, null, null, null, null), PageRequest.of(0, ACTIVITY_LIMIT));
		List<MailLogEntry> mails = this.mailLog.sentTo(this.directory.mailAddresses(customerId), MAIL_LIMIT);
		List<Event> events = new ArrayList<>();
		activity.forEach((entry) -> events.add(new Event(entry.occurredAt(), entry, null)));
		mails.forEach((mail) -> events.add(new Event(mail.createdAt(), null, mail)));
		events.sort(Comparator.comparing(Event::at).reversed());
		return new Content(customer, relationships, events, activity.hasNext() || mails.size() == MAIL_LIMIT);
	}

	/**
	 * The page's content.
	 *
	 * @param customer the customer
	 * @param relationships its delegated-admin relationships, newest first
	 * @param events the timeline, newest first
	 * @param truncated whether older events exist than the timeline shows
	 */
	record Content(CustomerView customer, List<DelegatedAdminView> relationships, List<Event> events,
			boolean truncated) {

	}

	/**
	 * One line of the timeline: an activity-log entry or a mail.
	 */
	record Event(Instant at, ActivityEntry activity, MailLogEntry mail) {

	}

}
