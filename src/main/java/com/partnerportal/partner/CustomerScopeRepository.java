package com.partnerportal.partner;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerScopeRepository extends JpaRepository<CustomerScopeEntry, CustomerScopeEntry.Key> {

	/** Every customer the user is limited to (none: it is not limited). */
	@Query("select s.customerId from CustomerScopeEntry s where s.userId = ?1")
	List<UUID> findCustomerIds(UUID userId);

	/** Of these customers, those the user is limited to. */
	@Query("select s.customerId from CustomerScopeEntry s where s.userId = ?1 and s.customerId in ?2")
	List<UUID> findCustomerIdsAmong(UUID userId, Collection<UUID> customerIds);

	@Query("select count(s) > 0 from CustomerScopeEntry s where s.userId = ?1")
	boolean isLimited(UUID userId);

	/** Adds the customer to the user's; 1 if it was not there yet, else 0. */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into partner_user_customer_scope (user_id, customer_id, added_at) values (?1, ?2, ?3)"
			+ " on conflict do nothing", nativeQuery = true)
	int add(UUID userId, UUID customerId, Instant addedAt);

	/** Takes these customers out of the user's; how many were there. */
	@Modifying(flushAutomatically = true)
	@Query("delete from CustomerScopeEntry s where s.userId = ?1 and s.customerId in ?2")
	int remove(UUID userId, Collection<UUID> customerIds);

	/** Takes every customer out of the user's: it acts for all again. */
	@Modifying(flushAutomatically = true)
	@Query("delete from CustomerScopeEntry s where s.userId = ?1")
	int removeAll(UUID userId);

}
