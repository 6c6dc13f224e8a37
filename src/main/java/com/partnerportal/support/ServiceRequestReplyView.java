package com.partnerportal.support;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a service request's conversation as pages show it.
 */
public record ServiceRequestReplyView(UUID id, AuthorKind authorKind, String authorName, UUID partnerId,
		String partnerName, String body, Instant createdAt) {

}
