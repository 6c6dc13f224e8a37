package com.partnerportal.delegation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegatedAdminRepository extends JpaRepository<DelegatedAdmin, UUID> {

	Optional<DelegatedAdmin> findByCustomerIdAndState(UUID customerId, RelationshipState state);

	List<DelegatedAdmin> findByCustomerIdOrderByApprovedAtDesc(UUID customerId);

	Optional<DelegatedAdmin> findByIdAndCustomerId(UUID id, UUID customerId);

	@Query("select d.customerId from DelegatedAdmin d where d.partnerId = ?1 and d.state = com.partnerportal.delegation.RelationshipState.ACTIVE and d.customerId in ?2")
	List<UUID> findActiveCustomerIds(UUID partnerId, Collection<UUID> customerIds);

	/**
	 * The partner's active relationship with the customer, if it has one that has not
	 * reached its end date: one statement.
	 */
	@Query("select d from DelegatedAdmin d where d.customerId = ?1 and d.partnerId = ?2 and d.state = com.partnerportal.delegation.RelationshipState.ACTIVE and (d.endsAt is null or d.endsAt > ?3)")
	Optional<DelegatedAdmin> findActiveUntil(UUID customerId, UUID partnerId, Instant now);

	/**
	 * Serializes the changes of one customer's delegated admin (held until commit): two
	 * approvals at once run one after the other, and the second sees the first.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(?1, ?2)", nativeQuery = true)
	Integer lockCustomer(int namespace, int key);

}
