package com.partnerportal.audit;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the activity log: who did what, when, to which customer. Never changed.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	private UUID id;

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private Actor.Kind actorKind;

	private UUID actorId;

	private String actorName;

	private UUID partnerId;

	private UUID customerId;

	private String action;

	private UUID subjectId;

	private String detail;

	protected AuditEntry() {
	}

	AuditEntry(ActivityEvent event) {
		this.id = UUID.randomUUID();
		this.occurredAt = event.occurredAt();
		this.actorKind = event.actor().kind();
		this.actorId = event.actor().id();
		this.actorName = event.actor().name();
		this.partnerId = event.partnerId();
		this.customerId = event.customerId();
		this.action = event.action();
		this.subjectId = event.subjectId();
		String text = event.detail();
		this.detail = (text != null && text.length() > 500) ? text.substring(0, 500) : text;
	}

	ActivityEntry toView() {
		return new ActivityEntry(this.id, this.occurredAt, this.actorKind, this.actorName, this.partnerId,
				this.customerId, this.action, this.subjectId, this.detail);
	}

}
