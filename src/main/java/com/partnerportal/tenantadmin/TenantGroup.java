package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group of users of one tenant, with a name unique in the tenant (ignoring case).
 */
@Entity
@Table(name = "tenant_group")
class TenantGroup {

	static final int MAX_NAME = 100;

	@Id
	private UUID id;

	private UUID customerId;

	private String name;

	@ElementCollection
	@CollectionTable(name = "tenant_group_member", joinColumns = @JoinColumn(name = "group_id"))
	@Column(name = "user_id")
	private Set<UUID> memberIds = new HashSet<>();

	private Instant createdAt;

	@Version
	private long version;

	protected TenantGroup() {
	}

	TenantGroup(UUID customerId, String name, Instant now) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			throw new IllegalArgumentException("A group name has 1 to " + MAX_NAME + " characters");
		}
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.name = name.strip();
		this.createdAt = now;
	}

	/**
	 * Adds a user of the same tenant (the caller has checked that); returns false if the
	 * user was a member already.
	 */
	boolean addMember(UUID userId) {
		return this.memberIds.add(userId);
	}

	/**
	 * Returns false if the user was not a member.
	 */
	boolean removeMember(UUID userId) {
		return this.memberIds.remove(userId);
	}

	boolean hasMember(UUID userId) {
		return this.memberIds.contains(userId);
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	Set<UUID> memberIds() {
		return Set.copyOf(this.memberIds);
	}

	GroupView toView() {
		return new GroupView(this.id, this.customerId, this.name, this.memberIds.size(), this.createdAt);
	}

}
