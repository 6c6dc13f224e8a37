package com.partnerportal.tenantadmin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantUserRepository extends JpaRepository<TenantUser, UUID> {

	Optional<TenantUser> findByIdAndCustomerId(UUID id, UUID customerId);

	Page<TenantUser> findByCustomerIdOrderByCreatedAtAscIdAsc(UUID customerId, Pageable pageable);

	/**
	 * A page of the tenant's users, oldest first, and whether more follow (no count).
	 */
	Slice<TenantUser> findSliceByCustomerIdOrderByCreatedAtAscIdAsc(UUID customerId, Pageable pageable);

	List<TenantUser> findByCustomerIdOrderByDisplayNameAscUserNameAsc(UUID customerId);

	/**
	 * The tenant's users of a list's page: one array parameter, so that the statement is
	 * not translated again for each list (as an {@code in} list would be).
	 */
	@Query(value = "select * from tenant_user where customer_id = ?1 and id = any(?2)", nativeQuery = true)
	List<TenantUser> findByCustomerIdAndIdIn(UUID customerId, UUID[] ids);

	@Query("select count(u) > 0 from TenantUser u where u.customerId = ?1 and lower(u.userName) = lower(?2)")
	boolean existsUserName(UUID customerId, String userName);

	@Query("select count(u) from TenantUser u join u.subscriptionIds s where u.customerId = ?1 and s = ?2")
	long countLicenses(UUID customerId, UUID subscriptionId);

	/**
	 * Assigned licenses per subscription: pairs of subscription id and count.
	 */
	@Query("select s, count(u) from TenantUser u join u.subscriptionIds s where u.customerId = ?1 group by s")
	List<Object[]> countLicensesBySubscription(UUID customerId);

	/**
	 * Serializes the license assignments of one tenant (held until commit): two
	 * assignments of the last free license run one after the other, and the second sees
	 * the first.
	 */
	@Query(value = "select 1 from pg_advisory_xact_lock(?1, ?2)", nativeQuery = true)
	Integer lockTenant(int namespace, int key);

}
