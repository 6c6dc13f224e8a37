package com.partnerportal.support;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRequestReplyRepository extends JpaRepository<ServiceRequestReply, UUID> {

	List<ServiceRequestReply> findByRequestIdOrderByCreatedAt(UUID requestId);

}
