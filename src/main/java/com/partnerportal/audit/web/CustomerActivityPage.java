package com.partnerportal.audit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.audit.ActivityFilter;
import com.partnerportal.audit.ActivityLog;
import com.partnerportal.partner.Partners;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the customer's activity page shows, read in one read-only transaction: a page of
 * entries and whether more follow (the log is not counted), and what its filters offer.
 */
@Component
class CustomerActivityPage {

	private final ActivityLog activityLog;

	private final Partners partners;

	CustomerActivityPage(ActivityLog activityLog, Partners partners) {
		this.activityLog = activityLog;
		this.partners = partners;
	}

	@Transactional(readOnly = true)
	Content read(UUID customerId, ActivityFilter filter, Pageable pageable) {
		return new Content(this.activityLog.ofCustomer(customerId, filter, pageable),
				this.partners.names(this.activityLog.partnersIn(customerId)), this.activityLog.actionsIn(customerId));
	}

	/**
	 * The page's content.
	 *
	 * @param entries a page of the customer's activity
	 * @param partnerNames the partners that appear in its log, by id
	 * @param actions the actions that appear in its log
	 */
	record Content(Slice<ActivityEntry> entries, Map<UUID, String> partnerNames, List<String> actions) {

	}

}
