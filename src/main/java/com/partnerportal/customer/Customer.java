package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer tenant.
 */
@Entity
@Table(name = "customer")
class Customer extends AggregateRoot<Customer> {

	@Id
	private UUID id;

	private String name;

	private String domainPrefix;

	@Enumerated(EnumType.STRING)
	private CloudInstance cloudInstance;

	private String language;

	private UUID invitedByPartnerId;

	private Instant createdAt;

	@Version
	private long version;

	protected Customer() {
	}

	/**
	 * A new tenant; raises {@link TenantCreated}, which names its domain under
	 * {@code domainSuffix}.
	 */
	Customer(String name, String domainPrefix, CloudInstance cloudInstance, String language, UUID invitedByPartnerId,
			String domainSuffix, Actor actor, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.domainPrefix = domainPrefix;
		this.cloudInstance = cloudInstance;
		this.language = language;
		this.invitedByPartnerId = invitedByPartnerId;
		this.createdAt = createdAt;
		registerEvent(new TenantCreated(this.id, invitedByPartnerId, name, domainPrefix + "." + domainSuffix, actor,
				createdAt));
	}

	UUID id() {
		return this.id;
	}

	CustomerView toView(String domainSuffix) {
		return new CustomerView(this.id, this.name, this.domainPrefix, this.domainPrefix + "." + domainSuffix,
				this.cloudInstance, this.language, this.invitedByPartnerId, this.createdAt);
	}

}
