package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * That a partner may administer a customer's tenant, from the customer's approval until
 * the customer removes it or approves another partner. Its start and end register
 * past-tense events, published when it is saved.
 */
@Entity
@Table(name = "delegated_admin")
class DelegatedAdmin extends AggregateRoot<DelegatedAdmin> {

	@Id
	private UUID id;

	private UUID customerId;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private RelationshipState state;

	private UUID invitationId;

	private Instant approvedAt;

	private UUID approvedById;

	private String approvedByName;

	private Instant endedAt;

	private String endedByName;

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	@Enumerated(EnumType.STRING)
	private OperatorEndReason operatorReason;

	private String endNote;

	@Convert(converter = DelegatedRolesConverter.class)
	private Set<DelegatedRole> roles;

	private Instant endsAt;

	private boolean autoExtend;

	@Version
	private long version;

	protected DelegatedAdmin() {
	}

	/**
	 * The customer's approval of the partner (names are for the event).
	 */
	DelegatedAdmin(UUID customerId, String customerName, UUID partnerId, String partnerName, UUID invitationId,
			Actor approver, Instant now) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.partnerId = partnerId;
		this.invitationId = invitationId;
		this.state = RelationshipState.ACTIVE;
		this.roles = DelegatedRole.all();
		this.approvedAt = now;
		this.approvedById = approver.id();
		this.approvedByName = approver.name();
		registerEvent(
				new DelegatedAdminApproved(this.id, customerId, customerName, partnerId, partnerName, approver, now));
	}

	/**
	 * Ends the relationship: the customer removed it, or approved another partner.
	 */
	void end(EndReason reason, Actor endedBy, String customerName, String partnerName, Instant now) {
		if (reason == EndReason.ENDED_BY_OPERATOR) {
			throw new IllegalArgumentException("The operator ends a relationship with endByOperator, for a reason");
		}
		if (this.state != RelationshipState.ACTIVE) {
			throw new IllegalStateException("Relationship " + this.id + " has already ended");
		}
		this.state = RelationshipState.ENDED;
		this.endReason = reason;
		this.endedByName = endedBy.name();
		this.endedAt = now;
		registerEvent((reason == EndReason.REPLACED)
				? new DelegatedAdminReplaced(this.id, this.customerId, customerName, this.partnerId, partnerName,
						endedBy, now)
				: new DelegatedAdminRemoved(this.id, this.customerId, customerName, this.partnerId, partnerName,
						endedBy, now));
	}

	/**
	 * The operator ends the relationship from the back office, for a reason (the note is
	 * required for {@link OperatorEndReason#OTHER}).
	 * @throws RelationshipAlreadyEndedException if it has ended already
	 */
	void endByOperator(OperatorEndReason reason, String note, Actor operator, String customerName, String partnerName,
			Instant now) {
		if (this.state != RelationshipState.ACTIVE) {
			throw new RelationshipAlreadyEndedException();
		}
		String trimmed = (note != null && !note.isBlank()) ? note.strip() : null;
		if (reason == null || (reason.requiresNote() && trimmed == null)) {
			throw new IllegalArgumentException("A reason (and for OTHER a note) is required");
		}
		if (trimmed != null && trimmed.length() > OperatorEndReason.NOTE_MAX_LENGTH) {
			throw new IllegalArgumentException("The note is too long");
		}
		this.state = RelationshipState.ENDED;
		this.endReason = EndReason.ENDED_BY_OPERATOR;
		this.operatorReason = reason;
		this.endNote = trimmed;
		this.endedByName = operator.name();
		this.endedAt = now;
		registerEvent(new DelegatedAdminEndedByOperator(this.id, this.customerId, customerName, this.partnerId,
				partnerName, reason, trimmed, operator, now));
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	UUID customerId() {
		return this.customerId;
	}

	Set<DelegatedRole> roles() {
		return Set.copyOf(this.roles);
	}

	DelegatedAdminView toView(String partnerName) {
		return new DelegatedAdminView(this.id, this.customerId, this.partnerId, partnerName, this.state,
				this.approvedAt, this.approvedByName, this.endedAt, this.endedByName, this.endReason,
				this.operatorReason, this.endNote, Set.copyOf(this.roles), this.endsAt, this.autoExtend);
	}

}
