package com.partnerportal.audit.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.audit.ActivityEntry;
import com.partnerportal.audit.ActivityLog;
import com.partnerportal.audit.ActivitySearch;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.Partners;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back office's activity log shows, read in one read-only transaction: a page of
 * entries (not counted), and the names of the partners and customers on it (one query
 * each).
 */
@Component
class ActivityLogPage {

	private final ActivityLog activityLog;

	private final Partners partners;

	private final Tenants tenants;

	ActivityLogPage(ActivityLog activityLog, Partners partners, Tenants tenants) {
		this.activityLog = activityLog;
		this.partners = partners;
		this.tenants = tenants;
	}

	@Transactional(readOnly = true)
	Content read(ActivitySearch search, Pageable pageable) {
		Slice<ActivityEntry> entries = this.activityLog.search(search, pageable);
		return new Content(entries, partnerNames(entries.getContent()), customerNames(entries.getContent()));
	}

	Map<UUID, String> partnerNames(List<ActivityEntry> entries) {
		return this.partners.names(ids(entries, true));
	}

	Map<UUID, String> customerNames(List<ActivityEntry> entries) {
		return this.tenants.names(ids(entries, false));
	}

	private static Set<UUID> ids(List<ActivityEntry> entries, boolean partners) {
		Set<UUID> ids = new HashSet<>();
		entries.stream()
			.map(partners ? ActivityEntry::partnerId : ActivityEntry::customerId)
			.filter(Objects::nonNull)
			.forEach(ids::add);
		return ids;
	}

	/**
	 * The page's content.
	 */
	record Content(Slice<ActivityEntry> entries, Map<UUID, String> partnerNames, Map<UUID, String> customerNames) {

	}

}
