package com.partnerportal.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRequestRepository extends JpaRepository<EnrollmentRequest, UUID> {

	List<EnrollmentRequest> findTop20ByPartnerIdOrderByRequestedAtDesc(UUID partnerId);

	Optional<EnrollmentRequest> findByIdAndPartnerId(UUID id, UUID partnerId);

	boolean existsByPartnerIdAndProgramAndState(UUID partnerId, Program program, EnrollmentRequestState state);

	long countByState(EnrollmentRequestState state);

}
