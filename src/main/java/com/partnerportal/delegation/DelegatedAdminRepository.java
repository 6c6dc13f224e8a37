package com.partnerportal.delegation;

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

	boolean existsByCustomerIdAndPartnerIdAndState(UUID customerId, UUID partnerId, RelationshipState state);

	@Query("select d.customerId from DelegatedAdmin d where d.partnerId = ?1 and d.state = com.partnerportal.delegation.RelationshipState.ACTIVE and d.customerId in ?2")
	List<UUID> findActiveCustomerIds(UUID partnerId, Collection<UUID> customerIds);

	/**
	 * Serializes the changes of one customer's delegated admin (held until commit): two
	 * approvals at once run one after the other, and the second sees the first.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(?1, ?2)", nativeQuery = true)
	Integer lockCustomer(int namespace, int key);

}
