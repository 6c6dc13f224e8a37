package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerPartnerRepository extends JpaRepository<CustomerPartner, CustomerPartner.Key> {

	/**
	 * Records that the customer works with the partner, unless it is recorded already.
	 * One statement, so that concurrent requests (several approvals or acceptances at
	 * once) never collide on the primary key: a check followed by an insert would.
	 * @return 1 if recorded now, 0 if it was recorded already
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = """
			insert into customer_partner (customer_id, partner_id, since) values (?1, ?2, ?3)
			on conflict (customer_id, partner_id) do nothing""", nativeQuery = true)
	int insertIfAbsent(UUID customerId, UUID partnerId, Instant since);

}
