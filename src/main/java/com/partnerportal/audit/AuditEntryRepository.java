package com.partnerportal.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

	Page<AuditEntry> findByPartnerIdOrderByOccurredAtDesc(UUID partnerId, Pageable pageable);

	List<AuditEntry> findBySubjectIdOrderByOccurredAt(UUID subjectId);

	@Query("select distinct e.partnerId from AuditEntry e where e.customerId = ?1 and e.partnerId is not null")
	List<UUID> findPartnersActiveIn(UUID customerId);

	@Query("select distinct e.action from AuditEntry e where e.customerId = ?1 order by e.action")
	List<String> findActionsIn(UUID customerId);

}
