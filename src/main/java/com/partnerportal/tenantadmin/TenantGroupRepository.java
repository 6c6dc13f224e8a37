package com.partnerportal.tenantadmin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenantGroupRepository extends JpaRepository<TenantGroup, UUID> {

	Optional<TenantGroup> findByIdAndCustomerId(UUID id, UUID customerId);

	@Query(value = "select g from TenantGroup g where g.customerId = ?1 order by lower(g.name)",
			countQuery = "select count(g) from TenantGroup g where g.customerId = ?1")
	Page<TenantGroup> findPageOfCustomer(UUID customerId, Pageable pageable);

	@Query("select g from TenantGroup g join g.memberIds m where g.customerId = ?1 and m = ?2 order by lower(g.name)")
	List<TenantGroup> findWithMember(UUID customerId, UUID userId);

	@Query("select count(g) > 0 from TenantGroup g where g.customerId = ?1 and lower(g.name) = lower(?2)")
	boolean existsName(UUID customerId, String name);

}
