package com.partnerportal.delegation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
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
	 * The customer's approval of the partner with the roles it approved, ending the
	 * terms' duration after now (names are for the event).
	 */
	DelegatedAdmin(UUID customerId, String customerName, UUID partnerId, String partnerName, UUID invitationId,
			Actor approver, Instant now, DelegationTerms approved) {
		if (approved.roles().isEmpty()) {
			throw new IllegalArgumentException("A delegated admin holds at least one role");
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.partnerId = partnerId;
		this.invitationId = invitationId;
		this.state = RelationshipState.ACTIVE;
		this.roles = EnumSet.copyOf(approved.roles());
		this.endsAt = approved.endsAt(now);
		this.autoExtend = approved.autoExtend() && this.endsAt != null;
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
		if (reason == EndReason.EXPIRED) {
			throw new IllegalArgumentException("A relationship expires with reachEnd, at its end date");
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
	 * The customer takes back some of the roles it granted, from the partner's next
	 * request; taking back every role it still holds removes the relationship.
	 * @return whether the relationship ended
	 * @throws IllegalArgumentException if no role is named, or one the partner does not
	 * hold
	 * @throws RelationshipAlreadyEndedException if it has ended already
	 */
	boolean takeBack(Set<DelegatedRole> taken, Actor customerAdmin, String customerName, String partnerName,
			Instant now) {
		requireActive();
		if (taken == null || taken.isEmpty() || !this.roles.containsAll(taken)) {
			throw new IllegalArgumentException("Only roles the partner holds are taken back");
		}
		Set<DelegatedRole> left = EnumSet.copyOf(this.roles);
		left.removeAll(taken);
		if (left.isEmpty()) {
			end(EndReason.REMOVED_BY_CUSTOMER, customerAdmin, customerName, partnerName, now);
			return true;
		}
		this.roles = left;
		registerEvent(new DelegatedRolesTakenBack(this.id, this.customerId, customerName, this.partnerId, partnerName,
				Set.copyOf(taken), customerAdmin, now));
		return false;
	}

	/**
	 * Checks a partner's proposed amendment against the relationship as it is: it must
	 * change something, leave at least one role, extend only a relationship with an end
	 * date, and not make an auto-extending relationship cover every area.
	 * @throws AmendmentRejectedException if it may not be proposed
	 * @throws RelationshipAlreadyEndedException if it has ended already
	 */
	void checkAmendment(Set<DelegatedRole> proposedRoles, Integer extensionDays) {
		requireActive();
		if (proposedRoles == null || proposedRoles.isEmpty()) {
			throw new AmendmentRejectedException(AmendmentRejectedException.Reason.NO_ROLES_LEFT);
		}
		if (extensionDays != null) {
			if (extensionDays < DelegationTerms.MIN_DAYS || extensionDays > DelegationTerms.MAX_DAYS) {
				throw new AmendmentRejectedException(AmendmentRejectedException.Reason.EXTENSION_OUT_OF_RANGE);
			}
			if (this.endsAt == null) {
				throw new AmendmentRejectedException(AmendmentRejectedException.Reason.EXTENSION_WITHOUT_END_DATE);
			}
		}
		if (extensionDays == null && this.roles.equals(EnumSet.copyOf(proposedRoles))) {
			throw new AmendmentRejectedException(AmendmentRejectedException.Reason.NO_CHANGE);
		}
		if (this.autoExtend && DelegationTerms.coversEveryArea(proposedRoles)) {
			throw new AmendmentRejectedException(AmendmentRejectedException.Reason.AUTO_EXTEND_WITH_EVERY_ROLE);
		}
	}

	/**
	 * Applies an amendment the customer accepted: the roles it adds and removes (to the
	 * roles held now: the customer may have taken some back since) and its extension of
	 * the end date. The relationship stays this one row.
	 * @throws AmendmentRejectedException if the result would hold no role
	 * @throws RelationshipAlreadyEndedException if it has ended already
	 */
	void amend(UUID amendmentId, Set<DelegatedRole> added, Set<DelegatedRole> removed, Integer extensionDays,
			Actor customerAdmin, String customerName, String partnerName, Instant now) {
		requireActive();
		Set<DelegatedRole> after = rolesAfter(added, removed);
		if (after.isEmpty()) {
			throw new AmendmentRejectedException(AmendmentRejectedException.Reason.NO_ROLES_LEFT);
		}
		if (this.autoExtend && DelegationTerms.coversEveryArea(after)) {
			throw new AmendmentRejectedException(AmendmentRejectedException.Reason.AUTO_EXTEND_WITH_EVERY_ROLE);
		}
		this.roles = after;
		this.endsAt = endsAtAfter(extensionDays);
		registerEvent(new DelegatedAdminAmended(this.id, amendmentId, this.customerId, customerName, this.partnerId,
				partnerName, Set.copyOf(after), this.endsAt, customerAdmin, now));
	}

	/**
	 * The roles held after adding and removing these.
	 */
	Set<DelegatedRole> rolesAfter(Set<DelegatedRole> added, Set<DelegatedRole> removed) {
		Set<DelegatedRole> after = EnumSet.noneOf(DelegatedRole.class);
		after.addAll(this.roles);
		after.addAll(added);
		after.removeAll(removed);
		return after;
	}

	/**
	 * The end date after an extension by this many days (none: the end date as it is).
	 */
	Instant endsAtAfter(Integer extensionDays) {
		return (extensionDays != null && this.endsAt != null) ? this.endsAt.plus(Duration.ofDays(extensionDays))
				: this.endsAt;
	}

	private void requireActive() {
		if (this.state != RelationshipState.ACTIVE) {
			throw new RelationshipAlreadyEndedException();
		}
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

	/**
	 * Reminds both sides that the relationship ends within {@code daysBefore} days (30, 7
	 * or 1); the caller records the reminder, so that each is sent once.
	 * @throws IllegalStateException if it has ended, has no end date, or is not that
	 * close to its end
	 */
	void remindOfEnd(int daysBefore, String customerName, String partnerName, Instant now) {
		requireActiveWithEnd();
		if (!now.isBefore(this.endsAt) || now.isBefore(this.endsAt.minus(Duration.ofDays(daysBefore)))) {
			throw new IllegalStateException("Relationship " + this.id + " does not end within " + daysBefore + " days");
		}
		registerEvent(new DelegatedAdminEndApproaching(this.id, this.customerId, customerName, this.partnerId,
				partnerName, this.endsAt, daysBefore, this.autoExtend, now));
	}

	/**
	 * At its end date the relationship ends, or, if it extends itself and the partner may
	 * still serve customers, is extended by {@code extension} (more than once if the job
	 * has not run for that long, so that the new end is in the future).
	 * @return whether it was extended
	 * @throws IllegalStateException if it has ended, has no end date or has not reached
	 * it
	 */
	boolean reachEnd(boolean partnerMayServe, Duration extension, String customerName, String partnerName,
			Instant now) {
		requireActiveWithEnd();
		if (now.isBefore(this.endsAt)) {
			throw new IllegalStateException("Relationship " + this.id + " has not reached its end date");
		}
		Instant previous = this.endsAt;
		if (this.autoExtend && partnerMayServe) {
			Instant next = previous;
			do {
				next = next.plus(extension);
			}
			while (!next.isAfter(now));
			this.endsAt = next;
			registerEvent(new DelegatedAdminExtended(this.id, this.customerId, customerName, this.partnerId,
					partnerName, previous, next, Actor.system(), now));
			return true;
		}
		this.state = RelationshipState.ENDED;
		this.endReason = EndReason.EXPIRED;
		this.endedAt = previous;
		registerEvent(new DelegatedAdminExpired(this.id, this.customerId, customerName, this.partnerId, partnerName,
				previous, this.autoExtend, Actor.system(), now));
		return false;
	}

	/**
	 * Tells the customer of a relationship without an end date (every role, from before
	 * roles existed) that it can narrow it; the caller records it, so that it is told
	 * once.
	 * @throws IllegalStateException if it has ended or has an end date
	 */
	void suggestNarrowing(String customerName, String partnerName, Instant now) {
		if (this.state != RelationshipState.ACTIVE || this.endsAt != null) {
			throw new IllegalStateException("Relationship " + this.id + " is not an active one without an end date");
		}
		registerEvent(new DelegatedAdminNarrowingSuggested(this.id, this.customerId, customerName, this.partnerId,
				partnerName, now));
	}

	private void requireActiveWithEnd() {
		if (this.state != RelationshipState.ACTIVE || this.endsAt == null) {
			throw new IllegalStateException("Relationship " + this.id + " is not an active one with an end date");
		}
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

	Instant endsAt() {
		return this.endsAt;
	}

	boolean isActive() {
		return this.state == RelationshipState.ACTIVE;
	}

	DelegatedAdminView toView(String partnerName) {
		return new DelegatedAdminView(this.id, this.customerId, this.partnerId, partnerName, this.state,
				this.approvedAt, this.approvedByName, this.endedAt, this.endedByName, this.endReason,
				this.operatorReason, this.endNote, Set.copyOf(this.roles), this.endsAt, this.autoExtend);
	}

}
