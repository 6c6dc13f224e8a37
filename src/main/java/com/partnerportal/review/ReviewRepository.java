package com.partnerportal.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, UUID> {

	boolean existsByCustomerIdAndPartnerId(UUID customerId, UUID partnerId);

	List<Review> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = ?1")
	Optional<Review> lockById(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = ?1 and r.partnerId = ?2")
	Optional<Review> lockByIdAndPartnerId(UUID id, UUID partnerId);

	/** The moderation queue: oldest first. */
	@Query("select r from Review r where r.state = com.partnerportal.review.ReviewState.PENDING order by r.createdAt, r.id")
	Slice<Review> findPending(Pageable pageable);

	@Query("select r from Review r where r.state = ?1 order by r.createdAt desc, r.id")
	Slice<Review> findInState(ReviewState state, Pageable pageable);

	/** A partner's published reviews, newest first. */
	@Query("select r from Review r where r.partnerId = ?1 and r.state = com.partnerportal.review.ReviewState.PUBLISHED order by r.moderatedAt desc, r.id")
	Slice<Review> findPublished(UUID partnerId, Pageable pageable);

	@Query(value = "select count(*) from review where state = 'PENDING'", nativeQuery = true)
	long countPending();

	/** A partner's published reviews in figures: how many, and their average rating. */
	@Query(value = "select count(*) as count, avg(rating) as average from review where partner_id = ?1 and state = 'PUBLISHED'",
			nativeQuery = true)
	Summary summarize(UUID partnerId);

	interface Summary {

		long getCount();

		BigDecimal getAverage();

	}

}
