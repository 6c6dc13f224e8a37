package com.partnerportal.account;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One emailed link that sets an account's password: only its token's hash is stored; it
 * expires, and it is used at most once.
 */
@Entity
@Table(name = "account_link")
class AccountLink extends AggregateRoot<AccountLink> {

	@Id
	private UUID id;

	private String tokenHash;

	@Enumerated(EnumType.STRING)
	private AccountLinkPurpose purpose;

	@Enumerated(EnumType.STRING)
	private AccountKind accountKind;

	private UUID accountId;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	@Version
	private long version;

	protected AccountLink() {
	}

	AccountLink(String tokenHash, AccountLinkPurpose purpose, AccountKind accountKind, UUID accountId,
			Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.accountKind = accountKind;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	AccountLinkState stateAt(Instant now) {
		if (this.usedAt != null) {
			return AccountLinkState.USED;
		}
		return now.isBefore(this.expiresAt) ? AccountLinkState.USABLE : AccountLinkState.EXPIRED;
	}

	/**
	 * Uses the link to set the password.
	 * @throws AccountLinkUnusableException if it expired or was used
	 */
	void use(Instant now) {
		AccountLinkState state = stateAt(now);
		if (state != AccountLinkState.USABLE) {
			throw new AccountLinkUnusableException(state);
		}
		this.usedAt = now;
		registerEvent(new AccountPasswordSet(this.accountKind, this.accountId, this.purpose, now));
	}

	/**
	 * A newer link for the same account replaces this one.
	 */
	void replace(Instant now) {
		if (this.usedAt == null) {
			this.usedAt = now;
		}
	}

	AccountLinkPurpose purpose() {
		return this.purpose;
	}

	AccountKind accountKind() {
		return this.accountKind;
	}

	UUID accountId() {
		return this.accountId;
	}

}
