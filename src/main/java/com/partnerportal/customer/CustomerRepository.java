package com.partnerportal.customer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, UUID> {

	boolean existsByDomainPrefix(String domainPrefix);

	/**
	 * Locks the customer's row until the transaction ends: purchases for one customer run
	 * one after the other, and each sees the subscriptions the previous one started.
	 */
	@Query(value = "select id from customer where id = ?1 for update", nativeQuery = true)
	Optional<UUID> lockById(UUID customerId);

	Optional<Customer> findByDomainPrefix(String domainPrefix);

	@Query(value = "select c from Customer c, CustomerPartner cp where cp.id.customerId = c.id and cp.id.partnerId = ?1",
			countQuery = "select count(cp) from CustomerPartner cp where cp.id.partnerId = ?1")
	Page<Customer> findAllOfPartner(UUID partnerId, Pageable pageable);

	/**
	 * A page of the partner's customers, and whether more follow (no count).
	 */
	@Query("select c from Customer c, CustomerPartner cp where cp.id.customerId = c.id and cp.id.partnerId = ?1")
	Slice<Customer> findSliceOfPartner(UUID partnerId, Pageable pageable);

	/**
	 * A page of the partner's customers among these (a partner user limited to named
	 * customers), and whether more follow (no count).
	 */
	@Query("select c from Customer c, CustomerPartner cp where cp.id.customerId = c.id and cp.id.partnerId = ?1"
			+ " and c.id in ?2")
	Slice<Customer> findSliceOfPartnerAmong(UUID partnerId, Collection<UUID> customerIds, Pageable pageable);

	/**
	 * A page of the partner's customers whose name contains the pattern (lower case,
	 * {@code like} escaped with a backslash).
	 */
	@Query("select c from Customer c, CustomerPartner cp where cp.id.customerId = c.id and cp.id.partnerId = ?1"
			+ " and lower(c.name) like ?2 escape '\\'")
	Slice<Customer> findSliceOfPartnerNamed(UUID partnerId, String pattern, Pageable pageable);

	/** Of these customers, the partner's. */
	@Query("select cp.id.customerId from CustomerPartner cp where cp.id.partnerId = ?1 and cp.id.customerId in ?2")
	List<UUID> findIdsOfPartnerAmong(UUID partnerId, Collection<UUID> customerIds);

	@Query("select c from Customer c, CustomerPartner cp where cp.id.customerId = c.id and c.id = ?1 and cp.id.partnerId = ?2")
	Optional<Customer> findByIdAndPartnerId(UUID customerId, UUID partnerId);

	/**
	 * The partner's number of customers, from the counter a trigger keeps (V29), not by
	 * counting the partner's rows.
	 */
	@Query(value = "select coalesce((select count from partner_customer_count where partner_id = ?1), 0)",
			nativeQuery = true)
	long countOfPartner(UUID partnerId);

}
