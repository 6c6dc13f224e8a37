package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A customer tenant was created, with its first admin and its subscriptions.
 */
public record CustomerTenantCreated(UUID customerId, UUID partnerId, String name, String domain, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "CUSTOMER_TENANT_CREATED";
	}

	@Override
	public UUID subjectId() {
		return this.customerId;
	}

	@Override
	public String detail() {
		return this.name + " (" + this.domain + ")";
	}

}
