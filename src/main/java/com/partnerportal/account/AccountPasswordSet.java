package com.partnerportal.account;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ActivityEvent;
import com.partnerportal.platform.Actor;

/**
 * An account's password was set through an emailed link (a first password, or a reset).
 */
public record AccountPasswordSet(AccountKind accountKind, UUID accountId, AccountLinkPurpose purpose,
		Instant occurredAt) implements ActivityEvent {

	@Override
	public Actor actor() {
		return new Actor(Actor.Kind.valueOf(this.accountKind.name()), this.accountId, null);
	}

	@Override
	public String action() {
		return (this.purpose == AccountLinkPurpose.RESET_PASSWORD) ? "ACCOUNT_PASSWORD_RESET" : "ACCOUNT_PASSWORD_SET";
	}

	@Override
	public UUID partnerId() {
		return null;
	}

	@Override
	public UUID customerId() {
		return null;
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
