package com.partnerportal.customer;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * That a customer works with a partner: the partner's customers list.
 */
@Entity
@Table(name = "customer_partner")
class CustomerPartner {

	@EmbeddedId
	private Key id;

	private Instant since;

	protected CustomerPartner() {
	}

	@Embeddable
	record Key(UUID customerId, UUID partnerId) implements Serializable {
	}

}
