package com.partnerportal.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's use of one offer.
 */
@Entity
@Table(name = "subscription")
class Subscription {

	@Id
	private UUID id;

	private UUID customerId;

	private String offerCode;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	private int licenseCount;

	private String billingTerm;

	private Instant trialEndsAt;

	private UUID soldByPartnerId;

	private UUID partnerOfRecordId;

	private Instant createdAt;

	@Version
	private long version;

	protected Subscription() {
	}

	static Subscription trial(UUID customerId, String offerCode, int licenseCount, Instant trialEndsAt,
			UUID soldByPartnerId, Instant createdAt) {
		Subscription subscription = new Subscription();
		subscription.id = UUID.randomUUID();
		subscription.customerId = customerId;
		subscription.offerCode = offerCode;
		subscription.status = SubscriptionStatus.TRIAL;
		subscription.licenseCount = licenseCount;
		subscription.trialEndsAt = trialEndsAt;
		subscription.soldByPartnerId = soldByPartnerId;
		subscription.createdAt = createdAt;
		return subscription;
	}

	SubscriptionView toView() {
		return new SubscriptionView(this.id, this.customerId, this.offerCode, this.status, this.licenseCount,
				this.billingTerm, this.trialEndsAt, this.soldByPartnerId, this.partnerOfRecordId, this.createdAt);
	}

}
