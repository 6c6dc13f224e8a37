package com.partnerportal.availability;

import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface FeatureAvailabilityRepository extends JpaRepository<FeatureAvailabilityEntry, UUID> {

	/**
	 * The row of one pair, locked: two editors of one pair queue, and the second sees the
	 * first's version.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<FeatureAvailabilityEntry> findByCloudInstanceAndFeature(CloudInstance cloudInstance,
			PartnerFeature feature);

}
