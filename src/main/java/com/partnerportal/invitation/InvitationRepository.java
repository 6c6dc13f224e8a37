package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	/**
	 * The invitation of a link, locked: two acceptances of the same link queue here, and
	 * the second sees the outcome of the first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = ?1")
	Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

	Optional<Invitation> findByIdAndPartnerId(UUID id, UUID partnerId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.id = ?1 and i.partnerId = ?2")
	Optional<Invitation> findByIdAndPartnerIdForUpdate(UUID id, UUID partnerId);

	Page<Invitation> findByPartnerIdOrderByCreatedAtDesc(UUID partnerId, Pageable pageable);

	@Query("select i from Invitation i where i.partnerId = ?1 and i.state = ?2 and i.expiresAt > ?3 order by i.createdAt desc")
	Page<Invitation> findOpenInState(UUID partnerId, InvitationState state, Instant now, Pageable pageable);

	@Query("""
			select i from Invitation i where i.partnerId = ?1
			and (i.state = com.partnerportal.invitation.InvitationState.EXPIRED
			or (i.state in (com.partnerportal.invitation.InvitationState.SENT,
			com.partnerportal.invitation.InvitationState.VIEWED) and i.expiresAt <= ?2))
			order by i.createdAt desc""")
	Page<Invitation> findExpired(UUID partnerId, Instant now, Pageable pageable);

	Page<Invitation> findByPartnerIdAndStateOrderByCreatedAtDesc(UUID partnerId, InvitationState state,
			Pageable pageable);

	/**
	 * Open invitations past their expiry, locked and skipped by another instance that is
	 * expiring them at the same time.
	 */
	@Query(value = """
			select * from invitation
			where state in ('SENT', 'VIEWED') and expires_at <= ?1
			order by expires_at
			limit ?2
			for update skip locked""", nativeQuery = true)
	List<Invitation> claimOverdue(Instant now, int limit);

	/**
	 * Counts per state as of {@code now} (overdue open invitations count as expired).
	 */
	@Query(value = """
			select case when state in ('SENT', 'VIEWED') and expires_at <= ?2 then 'EXPIRED' else state end as state,
			count(*) as count
			from invitation where partner_id = ?1 group by 1""", nativeQuery = true)
	List<StateCount> countByState(UUID partnerId, Instant now);

	interface StateCount {

		String getState();

		long getCount();

	}

}
