package com.partnerportal.tenantadmin;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataMigrationRepository extends JpaRepository<DataMigration, UUID> {

	Optional<DataMigration> findByIdAndCustomerId(UUID id, UUID customerId);

	Page<DataMigration> findByCustomerIdOrderByCreatedAtDesc(UUID customerId, Pageable pageable);

	/** The back office's list, newest first, without a count. */
	Slice<DataMigration> findSliceByOrderByCreatedAtDesc(Pageable pageable);

	Slice<DataMigration> findSliceByStateOrderByCreatedAtDesc(MigrationState state, Pageable pageable);

	Slice<DataMigration> findSliceByCustomerIdOrderByCreatedAtDesc(UUID customerId, Pageable pageable);

	Slice<DataMigration> findSliceByCustomerIdAndStateOrderByCreatedAtDesc(UUID customerId, MigrationState state,
			Pageable pageable);

}
