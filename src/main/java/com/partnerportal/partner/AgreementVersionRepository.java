package com.partnerportal.partner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, UUID> {

	Optional<AgreementVersion> findByLabel(String label);

	boolean existsByLabel(String label);

	/** The current version: the last one published by {@code now}. */
	@Query("select v from AgreementVersion v where v.publishedAt <= ?1 order by v.publishedAt desc")
	List<AgreementVersion> findPublishedBy(Instant now, Limit limit);

	/**
	 * Every version, newest first, with how many partners accepted it, in one query.
	 */
	@Query("select v.id as id, v.label as label, v.publishedAt as publishedAt, v.gracePeriodDays as gracePeriodDays,"
			+ " v.publishedBy as publishedBy,"
			+ " (select count(a) from AgreementAcceptance a where a.agreementVersionId = v.id) as acceptances"
			+ " from AgreementVersion v order by v.publishedAt desc")
	List<VersionAcceptances> findAllWithAcceptances();

	interface VersionAcceptances {

		UUID getId();

		String getLabel();

		Instant getPublishedAt();

		int getGracePeriodDays();

		String getPublishedBy();

		long getAcceptances();

	}

}
