package com.partnerportal.marketplace;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ListingRepository extends JpaRepository<Listing, UUID> {

	Optional<Listing> findByPartnerId(UUID partnerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Listing l where l.id = :id")
	Optional<Listing> findForUpdate(@Param("id") UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Listing l where l.partnerId = :partnerId")
	Optional<Listing> findByPartnerIdForUpdate(@Param("partnerId") UUID partnerId);

	/**
	 * The review queue: listings whose draft is in the given state, with the partner's
	 * name as the draft carries it (one query, no partner lookup).
	 */
	@Query("""
			select new com.partnerportal.marketplace.ListingQueueEntry(l.id, l.partnerId, d.partnerName,
			  l.reviewState, l.submittedAt, l.submittedByName, l.publishedAt)
			from Listing l join l.draftContent d
			where l.reviewState = :state""")
	Slice<ListingQueueEntry> findQueue(@Param("state") ReviewState state, Pageable pageable);

	@Query("select count(l) from Listing l where l.reviewState = com.partnerportal.marketplace.ReviewState.PENDING")
	long countPending();

}
