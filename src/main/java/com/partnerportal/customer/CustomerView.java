package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * A customer tenant as other modules see it.
 */
public record CustomerView(UUID id, String name, String domainPrefix, String domain, CloudInstance cloudInstance,
		String language, UUID invitedByPartnerId, Instant createdAt) {

}
