package com.partnerportal.partner;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One customer a partner user is limited to by its partner's admin. A user without any
 * acts for every customer its partner administers.
 */
@Entity
@Table(name = "partner_user_customer_scope")
@IdClass(CustomerScopeEntry.Key.class)
class CustomerScopeEntry {

	@Id
	private UUID userId;

	@Id
	private UUID customerId;

	private Instant addedAt;

	protected CustomerScopeEntry() {
	}

	UUID customerId() {
		return this.customerId;
	}

	Instant addedAt() {
		return this.addedAt;
	}

	/** The entry's identity: the user and the customer. */
	static class Key implements Serializable {

		private UUID userId;

		private UUID customerId;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && Objects.equals(this.userId, that.userId)
					&& Objects.equals(this.customerId, that.customerId);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.userId, this.customerId);
		}

	}

}
