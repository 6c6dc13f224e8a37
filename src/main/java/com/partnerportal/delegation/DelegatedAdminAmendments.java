package com.partnerportal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amending a delegated-admin relationship: the partner proposes roles added or removed
 * and an extension, the customer accepts or refuses the difference. One open amendment
 * per relationship: a newer proposal replaces the open one (a partial unique index backs
 * it). Changes of one customer's relationship run one after the other (the module's
 * advisory lock per customer), so two proposals or two answers at once end in one
 * outcome.
 */
@Service
@Transactional(readOnly = true)
public class DelegatedAdminAmendments {

	private final DelegatedAdminRepository relationships;

	private final DelegatedAdminAmendmentRepository amendments;

	private final Partners partners;

	private final Clock clock;

	DelegatedAdminAmendments(DelegatedAdminRepository relationships, DelegatedAdminAmendmentRepository amendments,
			Partners partners, Clock clock) {
		this.relationships = relationships;
		this.amendments = amendments;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * The partner's active relationship with the customer (before its end date), the one
	 * it may propose to amend.
	 * @throws NotFoundException if it holds none
	 */
	public DelegatedAdminView relationshipToAmend(UUID partnerId, UUID customerId) {
		return activeOf(partnerId, customerId).toView(nameOf(partnerId));
	}

	/**
	 * The open amendment of the customer's active relationship, if there is one.
	 */
	public Optional<DelegatedAdminAmendmentView> open(UUID customerId) {
		return this.relationships.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE)
			.flatMap((relationship) -> this.amendments
				.findByRelationshipIdAndState(relationship.id(), AmendmentState.PROPOSED)
				.map((amendment) -> amendment.toView(nameOf(relationship.partnerId()), relationship)));
	}

	/**
	 * The amendments of one of the customer's relationships, newest first: one statement.
	 */
	public List<DelegatedAdminAmendmentView> history(DelegatedAdminView relationship) {
		return this.amendments.findByRelationshipIdOrderByProposedAtDesc(relationship.id())
			.stream()
			.map((amendment) -> amendment.toView(relationship.partnerName(), relationship.roles(),
					relationship.endsAt()))
			.toList();
	}

	/**
	 * When the open amendment of this relationship was proposed, if it has one: one
	 * statement.
	 */
	public Optional<Instant> openSince(UUID relationshipId) {
		return this.amendments.findByRelationshipIdAndState(relationshipId, AmendmentState.PROPOSED)
			.map(DelegatedAdminAmendment::proposedAt);
	}

	/**
	 * One of the customer's amendments.
	 * @throws NotFoundException if the customer has no such amendment
	 */
	public DelegatedAdminAmendmentView amendmentOf(UUID customerId, UUID amendmentId) {
		DelegatedAdminAmendment amendment = this.amendments.findByIdAndCustomerId(amendmentId, customerId)
			.orElseThrow(() -> new NotFoundException("amendment"));
		DelegatedAdmin relationship = this.relationships.findById(amendment.relationshipId())
			.orElseThrow(() -> new NotFoundException("relationship"));
		return amendment.toView(nameOf(amendment.partnerId()), relationship);
	}

	/**
	 * The partner proposes to change its relationship with the customer to hold
	 * {@code proposedRoles} and to last {@code extensionDays} longer (null: no
	 * extension); an open amendment of it is replaced. The customer's admins are mailed
	 * (customer module).
	 * @return the new amendment's id
	 * @throws NotFoundException if the partner holds no active relationship with the
	 * customer
	 * @throws AmendmentRejectedException if the amendment may not be proposed
	 */
	@Transactional
	public UUID propose(UUID partnerId, UUID customerId, Set<DelegatedRole> proposedRoles, Integer extensionDays,
			Actor proposer) {
		lock(customerId);
		Instant now = this.clock.instant();
		DelegatedAdmin relationship = activeOf(partnerId, customerId);
		Set<DelegatedRole> roles = (proposedRoles == null || proposedRoles.isEmpty())
				? EnumSet.noneOf(DelegatedRole.class) : EnumSet.copyOf(proposedRoles);
		relationship.checkAmendment(roles, extensionDays);
		this.amendments.findByRelationshipIdAndState(relationship.id(), AmendmentState.PROPOSED).ifPresent((open) -> {
			open.replace(now);
			// before the new one is inserted: one open amendment per relationship
			this.amendments.saveAndFlush(open);
		});
		DelegatedAdminAmendment amendment = new DelegatedAdminAmendment(relationship, roles, extensionDays,
				nameOf(partnerId), proposer, now);
		this.amendments.saveAndFlush(amendment);
		return amendment.id();
	}

	/**
	 * The customer accepts an open amendment: the relationship takes its roles and end
	 * date, from the partner's next request.
	 * @throws NotFoundException if the customer has no such amendment
	 * @throws AmendmentAlreadyDecidedException if it is no longer open
	 * @throws RelationshipAlreadyEndedException if its relationship has ended
	 * @throws AmendmentRejectedException if the customer took back roles since, so that
	 * none would be left
	 */
	@Transactional
	public DelegatedAdminView accept(UUID customerId, String customerName, UUID amendmentId, Actor customerAdmin) {
		lock(customerId);
		Instant now = this.clock.instant();
		DelegatedAdminAmendment amendment = this.amendments.findByIdAndCustomerId(amendmentId, customerId)
			.orElseThrow(() -> new NotFoundException("amendment"));
		if (amendment.state() != AmendmentState.PROPOSED) {
			throw new AmendmentAlreadyDecidedException();
		}
		DelegatedAdmin relationship = this.relationships.findById(amendment.relationshipId())
			.filter(DelegatedAdmin::isActive)
			.filter((active) -> active.endsAt() == null || active.endsAt().isAfter(now))
			.orElseThrow(RelationshipAlreadyEndedException::new);
		String partnerName = nameOf(relationship.partnerId());
		Instant endsAtBefore = relationship.endsAt();
		relationship.amend(amendment.id(), amendment.rolesAdded(), amendment.rolesRemoved(), amendment.extensionDays(),
				customerAdmin, customerName, partnerName, now);
		amendment.accept(customerAdmin, endsAtBefore, relationship.endsAt(), now);
		this.amendments.saveAndFlush(amendment);
		this.relationships.saveAndFlush(relationship);
		return relationship.toView(partnerName);
	}

	/**
	 * The customer refuses an open amendment; the relationship stays as it is.
	 * @throws NotFoundException if the customer has no such amendment
	 * @throws AmendmentAlreadyDecidedException if it is no longer open
	 */
	@Transactional
	public void refuse(UUID customerId, String customerName, UUID amendmentId, Actor customerAdmin) {
		lock(customerId);
		DelegatedAdminAmendment amendment = this.amendments.findByIdAndCustomerId(amendmentId, customerId)
			.orElseThrow(() -> new NotFoundException("amendment"));
		amendment.refuse(customerAdmin, customerName, nameOf(amendment.partnerId()), this.clock.instant());
		this.amendments.saveAndFlush(amendment);
	}

	/**
	 * A relationship that ends takes its open amendment with it (in the transaction of
	 * the end).
	 */
	@EventListener
	@Transactional
	void on(DelegatedAdminRemoved event) {
		lapseOpen(event.relationshipId(), event.occurredAt());
	}

	@EventListener
	@Transactional
	void on(DelegatedAdminReplaced event) {
		lapseOpen(event.relationshipId(), event.occurredAt());
	}

	@EventListener
	@Transactional
	void on(DelegatedAdminEndedByOperator event) {
		lapseOpen(event.relationshipId(), event.occurredAt());
	}

	private void lapseOpen(UUID relationshipId, Instant now) {
		this.amendments.findByRelationshipIdAndState(relationshipId, AmendmentState.PROPOSED).ifPresent((open) -> {
			open.lapse(now);
			this.amendments.save(open);
		});
	}

	private DelegatedAdmin activeOf(UUID partnerId, UUID customerId) {
		return this.relationships.findActiveUntil(customerId, partnerId, this.clock.instant())
			.orElseThrow(() -> new NotFoundException("relationship"));
	}

	private void lock(UUID customerId) {
		this.relationships.lockCustomer(DelegatedAdmins.LOCK_NAMESPACE, customerId.hashCode());
	}

	private String nameOf(UUID partnerId) {
		return this.partners.names(List.of(partnerId)).getOrDefault(partnerId, "");
	}

}
