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
 * A partner's proposal to change its delegated-admin relationship with a customer: roles
 * added and removed, and an extension of the end date. The customer accepts it (the
 * relationship changes, and stays one row) or refuses it; a newer proposal replaces an
 * open one. Kept afterwards as the relationship's history.
 */
@Entity
@Table(name = "delegated_admin_amendment")
class DelegatedAdminAmendment extends AggregateRoot<DelegatedAdminAmendment> {

	@Id
	private UUID id;

	private UUID relationshipId;

	private UUID customerId;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private AmendmentState state;

	@Convert(converter = DelegatedRolesConverter.class)
	private Set<DelegatedRole> rolesAdded;

	@Convert(converter = DelegatedRolesConverter.class)
	private Set<DelegatedRole> rolesRemoved;

	private Integer extensionDays;

	private Instant proposedAt;

	private String proposedByName;

	private Instant decidedAt;

	private String decidedByName;

	private Instant endsAtBefore;

	private Instant endsAtAfter;

	@Version
	private long version;

	protected DelegatedAdminAmendment() {
	}

	/**
	 * The partner proposes to change the relationship from the roles it holds now to
	 * {@code proposedRoles}, and to extend it by {@code extensionDays} (null: no
	 * extension); {@code relationship} has checked it.
	 */
	DelegatedAdminAmendment(DelegatedAdmin relationship, Set<DelegatedRole> proposedRoles, Integer extensionDays,
			String partnerName, Actor proposer, Instant now) {
		this.id = UUID.randomUUID();
		this.relationshipId = relationship.id();
		this.customerId = relationship.customerId();
		this.partnerId = relationship.partnerId();
		this.state = AmendmentState.PROPOSED;
		Set<DelegatedRole> held = relationship.roles();
		this.rolesAdded = EnumSet.noneOf(DelegatedRole.class);
		proposedRoles.stream().filter((role) -> !held.contains(role)).forEach(this.rolesAdded::add);
		this.rolesRemoved = EnumSet.noneOf(DelegatedRole.class);
		held.stream().filter((role) -> !proposedRoles.contains(role)).forEach(this.rolesRemoved::add);
		this.extensionDays = extensionDays;
		this.proposedAt = now;
		this.proposedByName = proposer.name();
		registerEvent(new DelegatedAdminAmendmentProposed(this.id, this.relationshipId, this.customerId, this.partnerId,
				partnerName, Set.copyOf(this.rolesAdded), Set.copyOf(this.rolesRemoved), extensionDays, proposer, now));
	}

	/**
	 * The customer accepted it; the relationship's end date was {@code endsAtBefore} and
	 * is now {@code endsAtAfter} (kept for the history).
	 * @throws AmendmentAlreadyDecidedException unless it is open
	 */
	void accept(Actor customerAdmin, Instant endsAtBefore, Instant endsAtAfter, Instant now) {
		requireProposed();
		this.state = AmendmentState.ACCEPTED;
		this.decidedAt = now;
		this.decidedByName = customerAdmin.name();
		this.endsAtBefore = endsAtBefore;
		this.endsAtAfter = endsAtAfter;
	}

	/**
	 * The customer refused it; nothing else changes.
	 * @throws AmendmentAlreadyDecidedException unless it is open
	 */
	void refuse(Actor customerAdmin, String customerName, String partnerName, Instant now) {
		requireProposed();
		this.state = AmendmentState.REFUSED;
		this.decidedAt = now;
		this.decidedByName = customerAdmin.name();
		registerEvent(new DelegatedAdminAmendmentRefused(this.id, this.relationshipId, this.customerId, customerName,
				this.partnerId, partnerName, customerAdmin, now));
	}

	/**
	 * The partner proposed another before the customer answered this one.
	 */
	void replace(Instant now) {
		requireProposed();
		this.state = AmendmentState.REPLACED;
		this.decidedAt = now;
	}

	/**
	 * The relationship ended before the customer answered.
	 */
	void lapse(Instant now) {
		requireProposed();
		this.state = AmendmentState.LAPSED;
		this.decidedAt = now;
	}

	private void requireProposed() {
		if (this.state != AmendmentState.PROPOSED) {
			throw new AmendmentAlreadyDecidedException();
		}
	}

	UUID id() {
		return this.id;
	}

	UUID relationshipId() {
		return this.relationshipId;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	AmendmentState state() {
		return this.state;
	}

	Set<DelegatedRole> rolesAdded() {
		return Set.copyOf(this.rolesAdded);
	}

	Set<DelegatedRole> rolesRemoved() {
		return Set.copyOf(this.rolesRemoved);
	}

	Integer extensionDays() {
		return this.extensionDays;
	}

	Instant proposedAt() {
		return this.proposedAt;
	}

	/**
	 * As pages show it; for an open amendment the roles and end dates before and after
	 * come from the relationship as it is now ({@code heldRoles}, {@code heldEndsAt}),
	 * for a decided one from what was recorded.
	 */
	DelegatedAdminAmendmentView toView(String partnerName, Set<DelegatedRole> heldRoles, Instant heldEndsAt) {
		boolean open = this.state == AmendmentState.PROPOSED;
		Set<DelegatedRole> after = null;
		if (open) {
			after = EnumSet.noneOf(DelegatedRole.class);
			after.addAll(heldRoles);
			after.addAll(this.rolesAdded);
			after.removeAll(this.rolesRemoved);
		}
		Instant endsAfter = (open && heldEndsAt != null && this.extensionDays != null)
				? heldEndsAt.plus(Duration.ofDays(this.extensionDays)) : (open ? heldEndsAt : this.endsAtAfter);
		return new DelegatedAdminAmendmentView(this.id, this.relationshipId, this.customerId, this.partnerId,
				partnerName, this.state, Set.copyOf(this.rolesAdded), Set.copyOf(this.rolesRemoved), this.extensionDays,
				this.proposedAt, this.proposedByName, this.decidedAt, this.decidedByName,
				open ? Set.copyOf(heldRoles) : null, (after != null) ? Set.copyOf(after) : null,
				open ? heldEndsAt : this.endsAtBefore, endsAfter);
	}

	DelegatedAdminAmendmentView toView(String partnerName, DelegatedAdmin relationship) {
		return toView(partnerName, relationship.roles(), relationship.endsAt());
	}

}
