package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One message in a service request's conversation. Never changed.
 */
@Entity
@Table(name = "service_request_reply")
class ServiceRequestReply {

	@Id
	private UUID id;

	private UUID requestId;

	@Enumerated(EnumType.STRING)
	private AuthorKind authorKind;

	private UUID authorId;

	private String authorName;

	private UUID partnerId;

	private String body;

	private Instant createdAt;

	protected ServiceRequestReply() {
	}

	ServiceRequestReply(UUID requestId, Author author, String body, Instant now) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.authorKind = author.kind();
		this.authorId = author.id();
		this.authorName = author.name();
		this.partnerId = author.partnerId();
		this.body = NewServiceRequest.requireText(body, NewServiceRequest.MAX_TEXT, "body");
		this.createdAt = now;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	String body() {
		return this.body;
	}

	AuthorKind authorKind() {
		return this.authorKind;
	}

	ServiceRequestReplyView toView(String partnerName) {
		return new ServiceRequestReplyView(this.id, this.authorKind, this.authorName, this.partnerId, partnerName,
				this.body, this.createdAt);
	}

}
