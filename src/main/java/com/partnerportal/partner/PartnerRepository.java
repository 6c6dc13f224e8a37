package com.partnerportal.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

	boolean existsByNameIgnoreCase(String name);

	List<Partner> findByNameIgnoreCase(String name);

	/**
	 * Partner names by id: one array parameter, so that the statement is not translated
	 * again for each list (as {@code in ?1} would be).
	 */
	@Query(value = "select p.id as id, p.name as name from partner p where p.id = any(?1)", nativeQuery = true)
	List<PartnerName> findNames(UUID[] ids);

	/**
	 * Partners with a signed agreement in one cloud instance whose name contains a text
	 * ({@code pattern} is a LIKE pattern escaped with a backslash), by name.
	 */
	@Query("select p from Partner p where lower(p.name) like ?1 escape '\\' and p.cloudInstance = ?2"
			+ " and p.agreement.signedAt is not null order by p.name, p.id")
	List<Partner> searchSigned(String pattern, CloudInstance cloudInstance, Pageable limit);

	@Query("select count(p) > 0 from Partner p where p.id = ?1 and p.agreement.signedAt is not null")
	boolean hasSignedAgreement(UUID partnerId);

	/**
	 * Signed and not suspended: serves its customers (its delegated access included).
	 */
	@Query("select count(p) > 0 from Partner p where p.id = ?1 and p.agreement.signedAt is not null"
			+ " and p.standing <> com.partnerportal.partner.Standing.SUSPENDED")
	boolean mayServeCustomers(UUID partnerId);

	/**
	 * Signed and not suspended, and the user is not limited to other customers than this
	 * one: one statement, for the tenant check.
	 */
	@Query("select count(p) > 0 from Partner p where p.id = ?1 and p.agreement.signedAt is not null"
			+ " and p.standing <> com.partnerportal.partner.Standing.SUSPENDED"
			+ " and (not exists (select 1 from CustomerScopeEntry s where s.userId = ?2)"
			+ " or exists (select 1 from CustomerScopeEntry s where s.userId = ?2 and s.customerId = ?3))")
	boolean mayServeCustomer(UUID partnerId, UUID userId, UUID customerId);

	/**
	 * The partner, locked until the transaction ends: its changes queue instead of
	 * colliding.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Partner p where p.id = ?1")
	Optional<Partner> findForUpdate(UUID partnerId);

	interface PartnerName {

		UUID getId();

		String getName();

	}

}
