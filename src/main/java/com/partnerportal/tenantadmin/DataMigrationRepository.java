package com.partnerportal.tenantadmin;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataMigrationRepository extends JpaRepository<DataMigration, UUID> {

	Optional<DataMigration> findByIdAndCustomerId(UUID id, UUID customerId);

	Page<DataMigration> findByCustomerIdOrderByCreatedAtDesc(UUID customerId, Pageable pageable);

}
