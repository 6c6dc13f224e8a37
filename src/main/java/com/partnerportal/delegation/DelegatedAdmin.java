package com.partnerportal.delegation;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * That a partner may administer a customer's tenant, from the customer's approval until
 * the customer removes it or approves another partner.
 */
@Entity
@Table(name = "delegated_admin")
class DelegatedAdmin {

	@Id
	private UUID id;

	private UUID customerId;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private RelationshipState state;

	private UUID invitationId;

	private Instant approvedAt;

	private UUID approvedById;

	private String approvedByName;

	private Instant endedAt;

	private String endedByName;

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	@Version
	private long version;

	protected DelegatedAdmin() {
	}

	DelegatedAdmin(UUID customerId, UUID partnerId, UUID invitationId, UUID approvedById, String approvedByName,
			Instant now) {
		this.id = UUID.randomUUID();
		this.customerId = customerId;
		this.partnerId = partnerId;
		this.invitationId = invitationId;
		this.state = RelationshipState.ACTIVE;
		this.approvedAt = now;
		this.approvedById = approvedById;
		this.approvedByName = approvedByName;
	}

	void end(EndReason reason, String endedByName, Instant now) {
		if (this.state != RelationshipState.ACTIVE) {
			throw new IllegalStateException("Relationship " + this.id + " has already ended");
		}
		this.state = RelationshipState.ENDED;
		this.endReason = reason;
		this.endedByName = endedByName;
		this.endedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID partnerId() {
		return this.partnerId;
	}

	UUID customerId() {
		return this.customerId;
	}

	DelegatedAdminView toView(String partnerName) {
		return new DelegatedAdminView(this.id, this.customerId, this.partnerId, partnerName, this.state,
				this.approvedAt, this.approvedByName, this.endedAt, this.endedByName, this.endReason);
	}

}
