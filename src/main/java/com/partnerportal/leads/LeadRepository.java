package com.partnerportal.leads;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, UUID> {

	/** Ownership is part of the query: another partner's lead is not found. */
	Optional<Lead> findByIdAndPartnerId(UUID id, UUID partnerId);

	/**
	 * The same, locked until commit: two answers at once are decided one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Lead l where l.id = ?1 and l.partnerId = ?2")
	Optional<Lead> lockByIdAndPartnerId(UUID id, UUID partnerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from Lead l where l.tokenHash = ?1")
	Optional<Lead> lockByTokenHash(String tokenHash);

	Optional<Lead> findByTokenHash(String tokenHash);

	/** The partner's inbox: received leads, newest first. */
	@Query("select l from Lead l where l.partnerId = ?1 and l.state <> com.partnerportal.leads.LeadState.UNVERIFIED order by l.receivedAt desc, l.id")
	Slice<Lead> findReceived(UUID partnerId, Pageable pageable);

	@Query("select l from Lead l where l.partnerId = ?1 and l.state = ?2 order by l.receivedAt desc, l.id")
	Slice<Lead> findReceivedInState(UUID partnerId, LeadState state, Pageable pageable);

	/** Open leads past their deadline, claimed so that every instance may run the job. */
	@Query(value = """
			select * from lead
			where state = 'OPEN' and answer_due_at <= ?1
			order by answer_due_at limit ?2
			for update skip locked""", nativeQuery = true)
	List<Lead> claimOverdue(Instant now, int limit);

	/**
	 * Lead figures per partner, for the partners given (one query): received, accepted,
	 * declined, expired, open, and the median time to answer in seconds.
	 */
	@Query(value = """
			select partner_id as partnerId,
			       count(*) as received,
			       count(*) filter (where state = 'ACCEPTED') as accepted,
			       count(*) filter (where state = 'DECLINED') as declined,
			       count(*) filter (where state = 'EXPIRED') as expired,
			       count(*) filter (where state = 'OPEN') as open,
			       cast(percentile_cont(0.5) within group (order by extract(epoch from answered_at - received_at))
			           filter (where answered_at is not null) as numeric) as medianAnswerSeconds
			from lead
			where state <> 'UNVERIFIED' and partner_id in ?1
			group by partner_id""", nativeQuery = true)
	List<FiguresRow> figuresOf(Collection<UUID> partnerIds);

	/** The partners that received leads, most recent first, a slice at a time. */
	@Query(value = """
			select partner_id from lead
			where state <> 'UNVERIFIED'
			group by partner_id
			order by max(received_at) desc, partner_id
			limit ?1 offset ?2""", nativeQuery = true)
	List<UUID> partnersWithLeads(int limit, long offset);

	interface FiguresRow {

		UUID getPartnerId();

		long getReceived();

		long getAccepted();

		long getDeclined();

		long getExpired();

		long getOpen();

		BigDecimal getMedianAnswerSeconds();

	}

}
