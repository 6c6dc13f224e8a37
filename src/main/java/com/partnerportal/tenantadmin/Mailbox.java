package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.AggregateRoot;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A user's mailbox: one per user, at an address in the tenant's domain, with a size of 1
 * to 100 GB.
 */
@Entity
@Table(name = "mailbox")
class Mailbox extends AggregateRoot<Mailbox> {

	static final int MIN_SIZE_GB = NewMailbox.MIN_SIZE_GB;

	static final int MAX_SIZE_GB = NewMailbox.MAX_SIZE_GB;

	@Id
	private UUID id;

	private UUID customerId;

	private UUID userId;

	private String address;

	private int sizeGb;

	private Instant createdAt;

	@Version
	private long version;

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected Mailbox() {
	}

	Mailbox(UUID customerId, UUID userId, String localPart, String domain, int sizeGb, ChangedBy by, Instant now) {
		requireSize(sizeGb);
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.userId = userId;
		this.address = LocalPart.require(localPart) + "@" + domain;
		this.sizeGb = sizeGb;
		this.createdAt = now;
		registerEvent(
				new MailboxCreated(this.id, customerId, by.partnerId(), this.address, by.actor(), now, by.role()));
	}

	/**
	 * The mailbox is about to be removed by someone (not with its user).
	 */
	void remove(ChangedBy by, Instant now) {
		registerEvent(
				new MailboxRemoved(this.id, this.customerId, by.partnerId(), this.address, by.actor(), now, by.role()));
	}

	/**
	 * Checks a size in GB.
	 * @throws IllegalArgumentException if the size is not {@link #MIN_SIZE_GB} to
	 * {@link #MAX_SIZE_GB}
	 */
	static void requireSize(int sizeGb) {
		if (sizeGb < MIN_SIZE_GB || sizeGb > MAX_SIZE_GB) {
			throw new IllegalArgumentException("A mailbox has " + MIN_SIZE_GB + " to " + MAX_SIZE_GB + " GB");
		}
	}

	UUID id() {
		return this.id;
	}

	UUID userId() {
		return this.userId;
	}

	String address() {
		return this.address;
	}

	MailboxView toView(String userDisplayName) {
		return new MailboxView(this.id, this.userId, userDisplayName, this.address, this.sizeGb, this.createdAt);
	}

}
