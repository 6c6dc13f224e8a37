package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.UUID;

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
class Mailbox {

	static final int MIN_SIZE_GB = 1;

	static final int MAX_SIZE_GB = 100;

	@Id
	private UUID id;

	private UUID customerId;

	private UUID userId;

	private String address;

	private int sizeGb;

	private Instant createdAt;

	@Version
	private long version;

	protected Mailbox() {
	}

	Mailbox(UUID customerId, UUID userId, String localPart, String domain, int sizeGb, Instant now) {
		if (sizeGb < MIN_SIZE_GB || sizeGb > MAX_SIZE_GB) {
			throw new IllegalArgumentException("A mailbox has " + MIN_SIZE_GB + " to " + MAX_SIZE_GB + " GB");
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.userId = userId;
		this.address = LocalPart.require(localPart) + "@" + domain;
		this.sizeGb = sizeGb;
		this.createdAt = now;
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
