package com.partnerportal.account;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * A signed-in account changed its own password (giving the current one).
 */
public record AccountPasswordChanged(AccountKind accountKind, UUID accountId, UUID organizationId, Actor actor,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public String action() {
		return "ACCOUNT_PASSWORD_CHANGED";
	}

	@Override
	public UUID partnerId() {
		return (this.accountKind == AccountKind.PARTNER_USER) ? this.organizationId : null;
	}

	@Override
	public UUID customerId() {
		return (this.accountKind == AccountKind.CUSTOMER_ADMIN) ? this.organizationId : null;
	}

	@Override
	public UUID subjectId() {
		return this.accountId;
	}

	@Override
	public String detail() {
		return this.accountKind.name();
	}

}
