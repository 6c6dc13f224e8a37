package com.partnerportal.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, UUID> {

	@Query("select a from CustomerAccount a where lower(a.signInName) = lower(?1)")
	Optional<CustomerAccount> findBySignInName(String signInName);

	Optional<CustomerAccount> findFirstByCustomerIdOrderByCreatedAt(UUID customerId);

	List<CustomerAccount> findByCustomerIdOrderByCreatedAt(UUID customerId);

	/**
	 * The tenants (ids) that have an admin with this contact email, ignoring case.
	 */
	@Query("select distinct a.customerId from CustomerAccount a where lower(coalesce(a.contactEmail, a.signInName)) = lower(?1)")
	List<UUID> findCustomerIdsByContactEmail(String contactEmail);

	/**
	 * Each admin's contact address and sign-in name.
	 */
	@Query("select a.contactEmail, a.signInName from CustomerAccount a where a.customerId = ?1")
	List<Object[]> findMailAddresses(UUID customerId);

}
