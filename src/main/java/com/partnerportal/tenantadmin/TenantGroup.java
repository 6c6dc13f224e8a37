package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.AggregateRoot;
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
class TenantGroup extends AggregateRoot<TenantGroup> {

	static final int MAX_NAME = TenantGroups.MAX_NAME;

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

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected TenantGroup() {
	}

	TenantGroup(UUID customerId, String name, ChangedBy by, Instant now) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.name = requireName(name);
		this.createdAt = now;
		registerEvent(
				new TenantGroupCreated(this.id, customerId, by.partnerId(), this.name, by.actor(), now, by.role()));
	}

	/**
	 * Returns the name without surrounding spaces, checked.
	 * @throws IllegalArgumentException if it is blank or longer than {@link #MAX_NAME}
	 */
	static String requireName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
			throw new IllegalArgumentException("A group name has 1 to " + MAX_NAME + " characters");
		}
		return name.strip();
	}

	/**
	 * Adds a user of the same tenant (the caller has checked that; its address is for the
	 * event); returns false, and changes nothing, if the user was a member already.
	 */
	boolean addMember(UUID userId, String userAddress, ChangedBy by, Instant now) {
		if (!this.memberIds.add(userId)) {
			return false;
		}
		registerEvent(new GroupMemberAdded(this.id, this.customerId, by.partnerId(), member(userAddress), by.actor(),
				now, by.role()));
		return true;
	}

	/**
	 * Removes a member; returns false, and changes nothing, if the user was not a member.
	 */
	boolean removeMember(UUID userId, String userAddress, ChangedBy by, Instant now) {
		if (!this.memberIds.remove(userId)) {
			return false;
		}
		registerEvent(new GroupMemberRemoved(this.id, this.customerId, by.partnerId(), member(userAddress), by.actor(),
				now, by.role()));
		return true;
	}

	/**
	 * A user removed from the tenant leaves the group (recorded as the user's removal).
	 */
	void forgetRemovedUser(UUID userId) {
		this.memberIds.remove(userId);
	}

	/**
	 * The group is about to be deleted.
	 */
	void delete(ChangedBy by, Instant now) {
		registerEvent(new TenantGroupDeleted(this.id, this.customerId, by.partnerId(), this.name, by.actor(), now,
				by.role()));
	}

	private String member(String userAddress) {
		return this.name + ": " + userAddress;
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
