package com.partnerportal.delegation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegation module's API: which partner administers which customer. A customer has
 * at most one active delegated admin (a partial unique index in PostgreSQL); approving
 * another partner replaces it in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DelegatedAdmins {

	/** The namespace of this module's advisory locks. */
	static final int LOCK_NAMESPACE = 0x0DA9;

	private final DelegatedAdminRepository relationships;

	private final Partners partners;

	private final Clock clock;

	DelegatedAdmins(DelegatedAdminRepository relationships, Partners partners, Clock clock) {
		this.relationships = relationships;
		this.partners = partners;
		this.clock = clock;
	}

	/**
	 * Whether a partner may request delegated admin: enrolled in a program, with a signed
	 * agreement.
	 */
	public boolean isEligible(UUID partnerId) {
		PartnerView partner = this.partners.partner(partnerId);
		return partner.agreementSigned() && partner.isEnrolled();
	}

	public Optional<DelegatedAdminView> current(UUID customerId) {
		return this.relationships.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE)
			.map((relationship) -> relationship.toView(nameOf(relationship.partnerId())));
	}

	/**
	 * The customer's relationships, newest first (names in one query).
	 */
	public List<DelegatedAdminView> history(UUID customerId) {
		List<DelegatedAdmin> all = this.relationships.findByCustomerIdOrderByApprovedAtDesc(customerId);
		Set<UUID> partnerIds = new HashSet<>();
		all.forEach((relationship) -> partnerIds.add(relationship.partnerId()));
		Map<UUID, String> names = this.partners.names(partnerIds);
		return all.stream().map((relationship) -> relationship.toView(names.get(relationship.partnerId()))).toList();
	}

	/**
	 * Whether the partner holds the customer's active delegated admin (before its end
	 * date): one statement, in the caller's transaction or alone without one (the tenant
	 * console checks it before every page).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean holdsActive(UUID partnerId, UUID customerId) {
		return this.relationships.findActiveUntil(customerId, partnerId, this.clock.instant()).isPresent();
	}

	/**
	 * The roles the partner holds in the customer's tenant: those of its active
	 * relationship that has not reached its end date (access stops on the first request
	 * after the end, before the job that ends it has run); empty if it holds none. One
	 * statement, in the caller's transaction or alone without one.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Set<DelegatedRole> activeRoles(UUID partnerId, UUID customerId) {
		return this.relationships.findActiveUntil(customerId, partnerId, this.clock.instant())
			.map(DelegatedAdmin::roles)
			.orElse(Set.of());
	}

	/**
	 * The partner's active relationship with the customer before its end date, as its own
	 * pages show it (without its own name): one statement.
	 */
	public Optional<DelegatedAdminView> activeOf(UUID partnerId, UUID customerId) {
		return this.relationships.findActiveUntil(customerId, partnerId, this.clock.instant())
			.map((relationship) -> relationship.toView(null));
	}

	/**
	 * Of these customers, those the partner administers (one query, for lists).
	 */
	public Set<UUID> administeredBy(UUID partnerId, Collection<UUID> customerIds) {
		return customerIds.isEmpty() ? Set.of()
				: Set.copyOf(this.relationships.findActiveCustomerIds(partnerId, customerIds));
	}

	/**
	 * The customer approves the partner as its delegated admin, in the caller's
	 * transaction. A partner that holds it already keeps it (nothing changes); another
	 * partner that holds it is replaced and mailed. Two approvals at once for one
	 * customer run one after the other.
	 * @throws ConflictException if the partner is no longer eligible
	 */
	@Transactional
	public DelegatedAdminView approve(UUID customerId, String customerName, UUID partnerId, UUID invitationId,
			Actor approver) {
		return approve(customerId, customerName, partnerId, invitationId, approver,
				DelegationTerms.everyRoleWithoutEnd());
	}

	/**
	 * The customer approves the partner as its delegated admin with the roles it chose of
	 * those requested, until the request's duration has passed from now (no end date
	 * without one), in the caller's transaction. Otherwise as
	 * {@link #approve(UUID, String, UUID, UUID, Actor)}.
	 * @throws IllegalArgumentException if no role is approved
	 * @throws ConflictException if the partner is no longer eligible
	 */
	@Transactional
	public DelegatedAdminView approve(UUID customerId, String customerName, UUID partnerId, UUID invitationId,
			Actor approver, DelegationTerms approved) {
		if (approved.roles().isEmpty()) {
			throw new IllegalArgumentException("Approving delegated admin grants at least one role");
		}
		if (!isEligible(partnerId)) {
			throw new ConflictException("delegation.not-eligible");
		}
		lock(customerId);
		Instant now = this.clock.instant();
		Optional<DelegatedAdmin> current = this.relationships.findByCustomerIdAndState(customerId,
				RelationshipState.ACTIVE);
		if (current.isPresent() && current.get().partnerId().equals(partnerId)) {
			return current.get().toView(nameOf(partnerId));
		}
		current.ifPresent((previous) -> {
			previous.end(EndReason.REPLACED, approver, customerName, nameOf(previous.partnerId()), now);
			this.relationships.saveAndFlush(previous);
		});
		String partnerName = nameOf(partnerId);
		DelegatedAdmin relationship = new DelegatedAdmin(customerId, customerName, partnerId, partnerName, invitationId,
				approver, now, approved);
		this.relationships.saveAndFlush(relationship);
		return relationship.toView(partnerName);
	}

	/**
	 * The customer removes its delegated admin; it takes effect on the partner's next
	 * request. Removing when there is none changes nothing.
	 */
	@Transactional
	public Optional<DelegatedAdminView> remove(UUID customerId, String customerName, Actor customerAdmin) {
		lock(customerId);
		Instant now = this.clock.instant();
		return this.relationships.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE).map((relationship) -> {
			String partnerName = nameOf(relationship.partnerId());
			relationship.end(EndReason.REMOVED_BY_CUSTOMER, customerAdmin, customerName, partnerName, now);
			this.relationships.save(relationship);
			return relationship.toView(partnerName);
		});
	}

	/**
	 * The customer takes back some roles of its delegated admin, from the partner's next
	 * request; taking back the last role it holds removes the relationship. Roles it no
	 * longer holds (taken back a moment ago, in another tab) are skipped; when none is
	 * left to take back nothing changes.
	 * @return the relationship after the change, if the customer has one
	 */
	@Transactional
	public Optional<DelegatedAdminView> takeBack(UUID customerId, String customerName, Set<DelegatedRole> roles,
			Actor customerAdmin) {
		lock(customerId);
		Instant now = this.clock.instant();
		return this.relationships.findByCustomerIdAndState(customerId, RelationshipState.ACTIVE).map((relationship) -> {
			String partnerName = nameOf(relationship.partnerId());
			Set<DelegatedRole> held = EnumSet.noneOf(DelegatedRole.class);
			roles.stream().filter(relationship.roles()::contains).forEach(held::add);
			if (!held.isEmpty()) {
				relationship.takeBack(held, customerAdmin, customerName, partnerName, now);
				this.relationships.saveAndFlush(relationship);
			}
			return relationship.toView(partnerName);
		});
	}

	/**
	 * The operator ends one of the customer's relationships, in its own transaction; it
	 * takes effect on the partner's next request. Two operators at once end it once: the
	 * second is told it has ended already.
	 * @throws NotFoundException if the customer has no such relationship
	 * @throws RelationshipAlreadyEndedException if it has ended already
	 */
	@Transactional
	public DelegatedAdminView endByOperator(UUID customerId, String customerName, UUID relationshipId,
			OperatorEndReason reason, String note, Actor operator) {
		lock(customerId);
		DelegatedAdmin relationship = this.relationships.findByIdAndCustomerId(relationshipId, customerId)
			.orElseThrow(() -> new NotFoundException("relationship"));
		String partnerName = nameOf(relationship.partnerId());
		relationship.endByOperator(reason, note, operator, customerName, partnerName, this.clock.instant());
		this.relationships.saveAndFlush(relationship);
		return relationship.toView(partnerName);
	}

	/**
	 * One of the customer's relationships, if it has it.
	 */
	public Optional<DelegatedAdminView> relationshipOf(UUID customerId, UUID relationshipId) {
		return this.relationships.findByIdAndCustomerId(relationshipId, customerId)
			.map((relationship) -> relationship.toView(nameOf(relationship.partnerId())));
	}

	private void lock(UUID customerId) {
		this.relationships.lockCustomer(LOCK_NAMESPACE, customerId.hashCode());
	}

	private String nameOf(UUID partnerId) {
		return this.partners.names(List.of(partnerId)).getOrDefault(partnerId, "");
	}

}
