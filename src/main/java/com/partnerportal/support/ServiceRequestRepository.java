package com.partnerportal.support;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, UUID> {

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

}
