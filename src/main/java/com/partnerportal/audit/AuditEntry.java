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

	/** The delegated role a partner acted by in the customer's tenant, if it did. */
	private String delegatedRole;

	protected AuditEntry() {
	}

	AuditEntry(ActivityEvent event) {
		this(event.occurredAt(), event.actor(), event.partnerId(), event.customerId(), event.action(),
				event.subjectId(), event.detail());
		this.delegatedRole = event.delegatedRole();
	}

	AuditEntry(Instant occurredAt, Actor actor, UUID partnerId, UUID customerId, String action, UUID subjectId,
			String detail) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actorKind = actor.kind();
		this.actorId = actor.id();
		this.actorName = actor.name();
		this.partnerId = partnerId;
		this.customerId = customerId;
		this.action = action;
		this.subjectId = subjectId;
		this.detail = (detail != null && detail.length() > 500) ? detail.substring(0, 500) : detail;
	}

	ActivityEntry toView() {
		return new ActivityEntry(this.id, this.occurredAt, this.actorKind, this.actorName, this.partnerId,
				this.customerId, this.action, this.subjectId, this.detail, this.delegatedRole);
	}

}
