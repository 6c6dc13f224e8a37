package com.partnerportal.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

	Page<AuditEntry> findAllByOrderByOccurredAtDesc(Pageable pageable);

	Page<AuditEntry> findByPartnerIdOrderByOccurredAtDesc(UUID partnerId, Pageable pageable);

	List<AuditEntry> findBySubjectIdOrderByOccurredAt(UUID subjectId);

}
