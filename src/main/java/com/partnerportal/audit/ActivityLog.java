package com.partnerportal.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.SortableColumns;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity log. Entries come from the other modules' events through the event
 * publication registry: an event committed with its change is recorded after commit, and
 * retried if recording failed.
 */
@Service
@Transactional(readOnly = true)
public class ActivityLog {

	/**
	 * The columns an activity log may be sorted by; newest first unless asked.
	 */
	static final SortableColumns COLUMNS = SortableColumns.of(Sort.by(Sort.Direction.DESC, "occurredAt"), "occurredAt");

	private final AuditEntryRepository entries;

	ActivityLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(ActivityEvent event) {
		this.entries.save(new AuditEntry(event));
	}

	/**
	 * The whole activity log, newest first unless the request sorts by another of
	 * {@link #COLUMNS}.
	 */
	public Page<ActivityEntry> recent(Pageable pageable) {
		return this.entries.findAll(COLUMNS.sorted(pageable)).map(AuditEntry::toView);
	}

	public Page<ActivityEntry> ofPartner(UUID partnerId, Pageable pageable) {
		return this.entries.findByPartnerIdOrderByOccurredAtDesc(partnerId, pageable).map(AuditEntry::toView);
	}

	/**
	 * A customer's activity log, newest first unless the request sorts by another of
	 * {@link #COLUMNS}: by default what partners did in its tenant.
	 */
	public Slice<ActivityEntry> ofCustomer(UUID customerId, ActivityFilter filter, Pageable pageable) {
		Specification<AuditEntry> spec = (root, query, cb) -> cb.equal(root.get("customerId"), customerId);
		if (filter.partnersOnly()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("actorKind"), Actor.Kind.PARTNER_USER));
		}
		if (filter.partnerId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("partnerId"), filter.partnerId()));
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), filter.action()));
		}
		if (filter.from() != null) {
			Instant from = filter.from().atStartOfDay(ZoneOffset.UTC).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
		}
		if (filter.to() != null) {
			Instant to = filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
		}
		Pageable sorted = COLUMNS.sorted(pageable);
		return this.entries.findBy(spec, (query) -> query.slice(sorted)).map(AuditEntry::toView);
	}

	/**
	 * The partners and the actions that appear in a customer's log (for the filters).
	 */
	public List<UUID> partnersIn(UUID customerId) {
		return this.entries.findPartnersActiveIn(customerId);
	}

	public List<String> actionsIn(UUID customerId) {
		return this.entries.findActionsIn(customerId);
	}

	public List<ActivityEntry> aboutSubject(UUID subjectId) {
		return this.entries.findBySubjectIdOrderByOccurredAt(subjectId).stream().map(AuditEntry::toView).toList();
	}

}
