package com.partnerportal.partner;

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

interface PartnerUserRepository extends JpaRepository<PartnerUser, UUID> {

	/**
	 * The partner's whole team, locked until the transaction ends: a change to a user's
	 * roles or activity is decided against a team no other request changes meanwhile (the
	 * last active partner admin stays).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from PartnerUser u where u.partnerId = ?1")
	List<PartnerUser> lockTeam(UUID partnerId);

	/**
	 * A page of the partner's team: active first, then by name (no count: a slice).
	 */
	@Query("select u from PartnerUser u where u.partnerId = ?1 order by u.enabled desc, lower(u.displayName), u.email, u.id")
	Slice<PartnerUser> findTeam(UUID partnerId, Pageable pageable);

	@Query("select u from PartnerUser u where lower(u.email) = lower(?1)")
	Optional<PartnerUser> findByEmail(String email);

	@Query("select distinct u from PartnerUser u join u.roles r where u.partnerId = ?1 and u.enabled = true and r in ?2 order by u.email")
	List<PartnerUser> findEnabledWithRoles(UUID partnerId, Collection<PartnerRole> roles);

	/**
	 * Every enabled user with this role, of every partner: who they are and their
	 * language, in one query (no entity, no roles loaded per user).
	 */
	@Query("select u.email as email, u.displayName as displayName, u.language as language from PartnerUser u"
			+ " join u.roles r where u.enabled = true and r = ?1 order by u.partnerId, u.email")
	List<Recipient> findEnabledRecipientsWithRole(PartnerRole role);

	/**
	 * A mail's recipient among the partner users.
	 */
	interface Recipient {

		String getEmail();

		String getDisplayName();

		String getLanguage();

	}

}
