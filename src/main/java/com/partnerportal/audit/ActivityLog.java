package com.partnerportal.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate readOnly;

	ActivityLog(AuditEntryRepository entries, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
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
	 * A page of the whole log that matches, newest first unless the request sorts by
	 * another of {@link #COLUMNS}; whether more follow, not how many.
	 */
	public Slice<ActivityEntry> search(ActivitySearch search, Pageable pageable) {
		Pageable sorted = COLUMNS.sorted(pageable);
		return this.entries.findBy(specification(search), (query) -> query.slice(sorted)).map(AuditEntry::toView);
	}

	/**
	 * Every entry that matches, newest first, handed to {@code sink} a chunk at a time:
	 * each chunk is read after the last one's position (not by an offset), in its own
	 * short transaction when called outside one, so that memory stays bounded however
	 * long the log.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void export(ActivitySearch search, int chunkSize, Consumer<List<ActivityEntry>> sink) {
		Specification<AuditEntry> filter = specification(search);
		Sort order = Sort.by(Sort.Direction.DESC, "occurredAt", "id");
		ActivityEntry last = null;
		while (true) {
			Specification<AuditEntry> spec = filter;
			if (last != null) {
				Instant at = last.occurredAt();
				UUID id = last.id();
				spec = spec.and((root, query, cb) -> cb.or(cb.lessThan(root.get("occurredAt"), at),
						cb.and(cb.equal(root.get("occurredAt"), at), cb.lessThan(root.get("id"), id))));
			}
			Specification<AuditEntry> chunkSpec = spec;
			List<ActivityEntry> chunk = this.readOnly.execute(
					(status) -> this.entries.findBy(chunkSpec, (query) -> query.sortBy(order).limit(chunkSize).all())
						.stream()
						.map(AuditEntry::toView)
						.toList());
			if (chunk == null || chunk.isEmpty()) {
				return;
			}
			sink.accept(chunk);
			if (chunk.size() < chunkSize) {
				return;
			}
			last = chunk.get(chunk.size() - 1);
		}
	}

	private static Specification<AuditEntry> specification(ActivitySearch search) {
		Specification<AuditEntry> spec = Specification.unrestricted();
		if (search.actor() != null && !search.actor().isBlank()) {
			String pattern = "%" + search.actor()
				.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("actorName")), pattern, '\\'));
		}
		if (search.partnerId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("partnerId"), search.partnerId()));
		}
		if (search.customerId() != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("customerId"), search.customerId()));
		}
		if (search.action() != null && !search.action().isBlank()) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("action"), search.action()));
		}
		if (search.from() != null) {
			Instant from = search.from().atStartOfDay(ZoneOffset.UTC).toInstant();
			spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
		}
		if (search.to() != null) {
			Instant to = search.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			spec = spec.and((root, query, cb) -> cb.lessThan(root.get("occurredAt"), to));
		}
		return spec;
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
