package com.partnerportal.tenantadmin;

import java.time.Instant;
import java.util.Collection;
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
 * A user of a customer's tenant, known by a user name in the tenant's domain, holding
 * licenses of the customer's subscriptions. The user name never changes.
 */
@Entity
@Table(name = "tenant_user")
class TenantUser extends AggregateRoot<TenantUser> {

	static final int MAX_DISPLAY_NAME = NewTenantUser.MAX_DISPLAY_NAME;

	@Id
	private UUID id;

	private UUID customerId;

	private String displayName;

	private String userName;

	@ElementCollection
	@CollectionTable(name = "tenant_user_license", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "subscription_id")
	private Set<UUID> subscriptionIds = new HashSet<>();

	private Instant createdAt;

	@Version
	private long version;

	/** What changed since the aggregate was loaded, published when it is saved. */

	protected TenantUser() {
	}

	/**
	 * A user added to the tenant (the domain is for the event).
	 */
	TenantUser(UUID customerId, String displayName, String userName, String domain, ChangedBy by, Instant now) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.userName = LocalPart.require(userName);
		this.createdAt = now;
		rename(displayName);
		registerEvent(
				new TenantUserAdded(this.id, customerId, by.partnerId(), address(domain), by.actor(), now, by.role()));
	}

	/**
	 * A new display name and exactly these licenses from now on (the caller has checked
	 * that the new ones are free).
	 */
	void change(String displayName, Collection<UUID> subscriptionIds, String domain, ChangedBy by, Instant now) {
		rename(displayName);
		licenseTo(subscriptionIds);
		registerEvent(new TenantUserChanged(this.id, this.customerId, by.partnerId(), address(domain), by.actor(), now,
				by.role()));
	}

	/**
	 * The user is about to be deleted with its licenses.
	 */
	void remove(String domain, ChangedBy by, Instant now) {
		registerEvent(new TenantUserRemoved(this.id, this.customerId, by.partnerId(), address(domain), by.actor(), now,
				by.role()));
	}

	void rename(String displayName) {
		this.displayName = requireDisplayName(displayName);
	}

	/**
	 * Returns the display name without surrounding spaces, checked.
	 * @throws IllegalArgumentException if it is blank or longer than
	 * {@link #MAX_DISPLAY_NAME}
	 */
	static String requireDisplayName(String displayName) {
		String name = (displayName != null) ? displayName.strip() : "";
		if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME) {
			throw new IllegalArgumentException("A display name has 1 to " + MAX_DISPLAY_NAME + " characters");
		}
		return name;
	}

	/**
	 * The user holds exactly these licenses from now on; returns the subscriptions it did
	 * not hold before (the caller checks that they have a free license).
	 */
	Set<UUID> licenseTo(Collection<UUID> subscriptionIds) {
		Set<UUID> wanted = Set.copyOf(subscriptionIds);
		Set<UUID> added = new HashSet<>(wanted);
		added.removeAll(this.subscriptionIds);
		this.subscriptionIds.retainAll(wanted);
		this.subscriptionIds.addAll(added);
		return added;
	}

	/**
	 * Of these subscriptions, those the user does not hold a license of yet.
	 */
	Set<UUID> notYetHeld(Collection<UUID> subscriptionIds) {
		Set<UUID> added = new HashSet<>(subscriptionIds);
		added.removeAll(this.subscriptionIds);
		return added;
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	String displayName() {
		return this.displayName;
	}

	String userName() {
		return this.userName;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Set<UUID> subscriptionIds() {
		return Set.copyOf(this.subscriptionIds);
	}

	String address(String domain) {
		return this.userName + "@" + domain;
	}

}
