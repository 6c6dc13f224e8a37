package com.partnerportal.delegation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DelegatedAdminAmendmentRepository extends JpaRepository<DelegatedAdminAmendment, UUID> {

	Optional<DelegatedAdminAmendment> findByIdAndCustomerId(UUID id, UUID customerId);

	Optional<DelegatedAdminAmendment> findByRelationshipIdAndState(UUID relationshipId, AmendmentState state);

	List<DelegatedAdminAmendment> findByRelationshipIdOrderByProposedAtDesc(UUID relationshipId);

}
