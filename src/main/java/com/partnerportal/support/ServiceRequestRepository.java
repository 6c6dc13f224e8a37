package com.partnerportal.support;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository
		extends JpaRepository<ServiceRequest, UUID>, JpaSpecificationExecutor<ServiceRequest> {

	/** Ownership is part of the query: another customer's request is not found. */
	Optional<ServiceRequest> findByIdAndCustomerId(UUID id, UUID customerId);

	/**
	 * The same, locked until commit: two replies at once are written one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ServiceRequest r where r.id = ?1 and r.customerId = ?2")
	Optional<ServiceRequest> lockByIdAndCustomerId(UUID id, UUID customerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ServiceRequest r where r.id = ?1")
	Optional<ServiceRequest> lockById(UUID id);

	Page<ServiceRequest> findByCustomerIdOrderByUpdatedAtDesc(UUID customerId, Pageable pageable);

	Page<ServiceRequest> findByCustomerIdAndStateOrderByUpdatedAtDesc(UUID customerId, ServiceRequestState state,
			Pageable pageable);

	@Query(value = "select nextval('service_request_number')", nativeQuery = true)
	long nextNumber();

	/**
	 * The back office's counts of what needs attention at {@code now}, in one query:
	 * overdue and due-soon first responses, and requests still open that nobody is
	 * assigned to.
	 */
	@Query(value = """
			select count(*) filter (where sla_stopped_at is null and first_response_due_at < ?1) as overdue,
			       count(*) filter (where sla_stopped_at is null and first_response_due_at >= ?1
			                        and due_soon_at <= ?1) as dueSoon,
			       count(*) filter (where assignee_id is null
			                        and state in ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER')) as unassigned
			from service_request
			where sla_stopped_at is null
			   or (assignee_id is null and state in ('OPEN', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'))
			""", nativeQuery = true)
	AttentionCounts countAttention(Instant now);

	interface AttentionCounts {

		long getOverdue();

		long getDueSoon();

		long getUnassigned();

	}

}
