package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * A customer in the back office's list.
 */
public record CustomerListEntry(UUID id, String name, String domain, CloudInstance cloudInstance, String language,
		Instant createdAt, boolean hasDelegatedAdmin) {

}
