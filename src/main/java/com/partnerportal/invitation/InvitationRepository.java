package com.partnerportal.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.SecureTokens;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, UUID>, JpaSpecificationExecutor<Invitation> {

	/**
	 * The invitation of a token's hash with its lines, in one statement (its link's page
	 * shows them).
	 */
	@EntityGraph(attributePaths = "lines")
	Optional<Invitation> findByTokenHash(String tokenHash);

	/**
	 * The invitation of a link, locked: two acceptances of the same link queue here, and
	 * the second sees the outcome of the first.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.tokenHash = ?1")
	Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

	/**
	 * The invitation of a link's token (locked if {@code forUpdate}); only the token's
	 * hash is stored.
	 * @throws UnknownInvitationLinkException if the token is malformed or matches none
	 */
	default Invitation findByToken(String token, boolean forUpdate) {
		if (!SecureTokens.looksValid(token)) {
			throw new UnknownInvitationLinkException();
		}
		String hash = SecureTokens.hash(token);
		Optional<Invitation> invitation = forUpdate ? findByTokenHashForUpdate(hash) : findByTokenHash(hash);
		return invitation.orElseThrow(UnknownInvitationLinkException::new);
	}

	Optional<Invitation> findByIdAndPartnerId(UUID id, UUID partnerId);

	/**
	 * The partner's five newest invitations (the overview's), without counting the rest.
	 */
	List<Invitation> findTop5ByPartnerIdOrderByCreatedAtDesc(UUID partnerId);

	/**
	 * The language of the invitation behind a token's hash, without reading the rest.
	 */
	@Query("select i.language from Invitation i where i.tokenHash = ?1")
	Optional<String> findLanguageByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Invitation i where i.id = ?1 and i.partnerId = ?2")
	Optional<Invitation> findByIdAndPartnerIdForUpdate(UUID id, UUID partnerId);

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
	 * The partner's open delegated-admin requests (alone or riding a trial or offer) to a
	 * customer, locked (a partial unique index allows one).
	 */
	@Query(value = """
			select * from invitation
			where partner_id = ?1 and customer_id = ?2 and delegated_admin_requested and state in ('SENT', 'VIEWED')
			for update""", nativeQuery = true)
	List<Invitation> findOpenDelegatedAdminRequestsForUpdate(UUID partnerId, UUID customerId);

	/**
	 * The partner's open invitations to a new customer at this email, ignoring case.
	 */
	@Query(value = """
			select * from invitation
			where partner_id = ?1 and customer_id is null and lower(email) = lower(?2)
			and state in ('SENT', 'VIEWED') and expires_at > ?3
			order by created_at desc limit 5""", nativeQuery = true)
	List<Invitation> findOpenToNewCustomerEmail(UUID partnerId, String email, Instant now);

	/**
	 * Open purchase offers that expire within the reminder period and have had no
	 * reminder yet; another instance skips the rows this one holds.
	 */
	@Query(value = """
			select * from invitation
			where kind = 'PURCHASE' and state in ('SENT', 'VIEWED') and reminder_sent_at is null
			and expires_at > ?1 and expires_at <= ?2
			order by expires_at
			limit ?3
			for update skip locked""", nativeQuery = true)
	List<Invitation> claimToRemind(Instant now, Instant until, int limit);

	/**
	 * Counts per kind and state as stored (the rows of {@code invitation_count}, kept by
	 * a trigger), and the partner's open invitations past their expiry per kind and state
	 * ({@code overdue}: the expiry job has not marked them yet). Reads a few counter rows
	 * and a short range of {@code invitation_partner_counts}, whatever the partner's
	 * number of invitations.
	 */
	@Query(value = """
			select kind as kind, state as state, count as count, false as overdue
			from invitation_count where partner_id = ?1 and count <> 0
			union all
			select kind, state, count(*), true
			from invitation where partner_id = ?1 and state in ('SENT', 'VIEWED') and expires_at <= ?2
			group by kind, state""", nativeQuery = true)
	List<StateCount> countByState(UUID partnerId, Instant now);

	boolean existsByPartnerIdAndCustomerIdAndKindAndState(UUID partnerId, UUID customerId, InvitationKind kind,
			InvitationState state);

	interface StateCount {

		String getKind();

		String getState();

		long getCount();

		boolean isOverdue();

	}

}
