package com.partnerportal.audit;

import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	private final AuditEntryRepository entries;

	ActivityLog(AuditEntryRepository entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(ActivityEvent event) {
		this.entries.save(new AuditEntry(event));
	}

	public Page<ActivityEntry> recent(Pageable pageable) {
		return this.entries.findAllByOrderByOccurredAtDesc(pageable).map(AuditEntry::toView);
	}

	public Page<ActivityEntry> ofPartner(UUID partnerId, Pageable pageable) {
		return this.entries.findByPartnerIdOrderByOccurredAtDesc(partnerId, pageable).map(AuditEntry::toView);
	}

	public List<ActivityEntry> aboutSubject(UUID subjectId) {
		return this.entries.findBySubjectIdOrderByOccurredAt(subjectId).stream().map(AuditEntry::toView).toList();
	}

}
