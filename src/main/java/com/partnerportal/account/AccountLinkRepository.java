package com.partnerportal.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, UUID> {

	Optional<AccountLink> findByTokenHash(String tokenHash);

	/**
	 * The link, locked until the transaction ends: two submissions of one link are
	 * decided one after the other, and the second finds it used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from AccountLink l where l.tokenHash = ?1")
	Optional<AccountLink> lockByTokenHash(String tokenHash);

	@Query("select l from AccountLink l where l.accountKind = ?1 and l.accountId = ?2 and l.usedAt is null")
	List<AccountLink> findUnused(AccountKind kind, UUID accountId);

}
