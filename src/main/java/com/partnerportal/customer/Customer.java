package com.partnerportal.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A customer tenant.
 */
@Entity
@Table(name = "customer")
class Customer {

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

	@Transient
	private final List<Object> events = new ArrayList<>();

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
		this.events.add(new TenantCreated(this.id, invitedByPartnerId, name, domainPrefix + "." + domainSuffix, actor,
				createdAt));
	}

	@DomainEvents
	List<Object> domainEvents() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	UUID id() {
		return this.id;
	}

	CustomerView toView(String domainSuffix) {
		return new CustomerView(this.id, this.name, this.domainPrefix, this.domainPrefix + "." + domainSuffix,
				this.cloudInstance, this.language, this.invitedByPartnerId, this.createdAt);
	}

}
