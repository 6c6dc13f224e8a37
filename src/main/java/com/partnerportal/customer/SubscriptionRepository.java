package com.partnerportal.customer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

	List<Subscription> findByCustomerIdOrderByCreatedAt(UUID customerId);

	List<Subscription> findByCustomerIdIn(Collection<UUID> customerIds);

}
