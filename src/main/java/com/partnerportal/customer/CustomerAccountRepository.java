package com.partnerportal.customer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerAccountRepository extends JpaRepository<CustomerAccount, UUID> {

	@Query("select a from CustomerAccount a where lower(a.signInName) = lower(?1)")
	Optional<CustomerAccount> findBySignInName(String signInName);

	Optional<CustomerAccount> findFirstByCustomerIdOrderByCreatedAt(UUID customerId);

}
