package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.delegation.DelegatedRole;
import com.partnerportal.platform.Actor;

/**
 * A mailbox was set up for a user of the tenant.
 */
public record MailboxCreated(UUID mailboxId, UUID customerId, UUID partnerId, String address, Actor actor,
		Instant occurredAt, DelegatedRole role) implements TenantChange {

	@Override
	public String action() {
		return "TENANT_MAILBOX_CREATED";
	}

	@Override
	public UUID subjectId() {
		return this.mailboxId;
	}

	@Override
	public String detail() {
		return this.address;
	}

}
