package com.partnerportal.tenantadmin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailboxRepository extends JpaRepository<Mailbox, UUID> {

	Optional<Mailbox> findByIdAndCustomerId(UUID id, UUID customerId);

	Optional<Mailbox> findByUserIdAndCustomerId(UUID userId, UUID customerId);

	Page<Mailbox> findByCustomerIdOrderByAddress(UUID customerId, Pageable pageable);

	List<Mailbox> findByCustomerIdOrderByAddress(UUID customerId);

	List<Mailbox> findByCustomerIdAndIdIn(UUID customerId, Collection<UUID> ids);

	@Query("select m.userId from Mailbox m where m.customerId = ?1")
	List<UUID> findUserIdsWithMailbox(UUID customerId);

	@Query("select count(m) > 0 from Mailbox m where lower(m.address) = lower(?1)")
	boolean existsAddress(String address);

	boolean existsByUserId(UUID userId);

}
