package com.partnerportal.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.AggregateRoot;
import com.partnerportal.platform.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A customer's use of one offer: a trial, then (after a purchase offer) a paid
 * subscription with a license count, a billing term and the price agreed. Each change
 * raises its event, published when the subscription is saved through its repository.
 */
@Entity
@Table(name = "subscription")
class Subscription extends AggregateRoot<Subscription> {

	@Id
	private UUID id;

	private UUID customerId;

	private String offerCode;

	@Enumerated(EnumType.STRING)
	private SubscriptionStatus status;

	private int licenseCount;

	@Enumerated(EnumType.STRING)
	private BillingTerm billingTerm;

	private BigDecimal unitPrice;

	private String currency;

	private Instant trialEndsAt;

	private Instant activatedAt;

	private Instant termEndsAt;

	private Instant trialReminderSentAt;

	private UUID soldByPartnerId;

	private UUID partnerOfRecordId;

	private Instant createdAt;

	@Version
	private long version;

	protected Subscription() {
	}

	static Subscription trial(UUID customerId, String offerCode, int licenseCount, Instant trialEndsAt,
			UUID soldByPartnerId, Actor actor, Instant createdAt) {
		Subscription subscription = new Subscription();
		subscription.id = UUID.randomUUID();
		subscription.customerId = customerId;
		subscription.offerCode = offerCode;
		subscription.status = SubscriptionStatus.TRIAL;
		subscription.licenseCount = licenseCount;
		subscription.trialEndsAt = trialEndsAt;
		subscription.soldByPartnerId = soldByPartnerId;
		subscription.createdAt = createdAt;
		subscription.registerEvent(new TrialStarted(subscription.id, customerId, soldByPartnerId, offerCode,
				licenseCount, actor, createdAt));
		return subscription;
	}

	static Subscription paid(UUID customerId, PaidLine line, UUID soldByPartnerId, Actor actor, Instant now) {
		Subscription subscription = new Subscription();
		subscription.id = UUID.randomUUID();
		subscription.customerId = customerId;
		subscription.offerCode = line.offerCode();
		subscription.createdAt = now;
		subscription.activate(line, soldByPartnerId, now);
		subscription.registerEvent(new SubscriptionPurchased(subscription.id, customerId, soldByPartnerId,
				subscription.offerCode, subscription.licenseCount, actor, now));
		return subscription;
	}

	/**
	 * Applies a purchased line: a running trial becomes this paid subscription, a paid
	 * one takes the new license count and term, anything else may not be changed.
	 */
	void purchase(PaidLine line, UUID soldByPartnerId, Actor actor, Instant now) {
		if (!line.offerCode().equals(this.offerCode)) {
			throw new IllegalArgumentException("Line for " + line.offerCode() + " applied to " + this.offerCode);
		}
		switch (this.status) {
			case TRIAL -> {
				activate(line, soldByPartnerId, now);
				registerEvent(new TrialConverted(this.id, this.customerId, soldByPartnerId, this.offerCode,
						this.licenseCount, actor, now));
			}
			case ACTIVE -> {
				boolean newTerm = this.billingTerm != line.billingTerm();
				this.licenseCount = line.quantity();
				this.billingTerm = line.billingTerm();
				this.unitPrice = line.unitPrice().amount();
				this.currency = line.unitPrice().currency().getCurrencyCode();
				this.soldByPartnerId = soldByPartnerId;
				if (newTerm) {
					this.termEndsAt = line.billingTerm().endOfTermStartingAt(now);
				}
				registerEvent(new LicensesChanged(this.id, this.customerId, soldByPartnerId, this.offerCode,
						this.licenseCount, actor, now));
			}
			default -> throw new IllegalStateException("A " + this.status + " subscription cannot be purchased");
		}
	}

	private void activate(PaidLine line, UUID soldByPartnerId, Instant now) {
		this.status = SubscriptionStatus.ACTIVE;
		this.licenseCount = line.quantity();
		this.billingTerm = line.billingTerm();
		this.unitPrice = line.unitPrice().amount();
		this.currency = line.unitPrice().currency().getCurrencyCode();
		this.activatedAt = now;
		this.termEndsAt = line.billingTerm().endOfTermStartingAt(now);
		this.soldByPartnerId = soldByPartnerId;
	}

	/**
	 * A trial that ended without a purchase expires; returns whether it did.
	 */
	boolean expireTrialIfEnded(Instant now) {
		if (this.status == SubscriptionStatus.TRIAL && !now.isBefore(this.trialEndsAt)) {
			this.status = SubscriptionStatus.EXPIRED;
			registerEvent(new TrialExpired(this.id, this.customerId, null, this.offerCode, this.licenseCount,
					Actor.system(), now));
			return true;
		}
		return false;
	}

	/**
	 * The customer credits a partner for this subscription; independent of who sold it
	 * and of who administers the tenant.
	 */
	void designatePartnerOfRecord(UUID partnerId, Actor actor, Instant now) {
		this.partnerOfRecordId = partnerId;
		registerEvent(new PartnerOfRecordDesignated(this.id, this.customerId, partnerId, this.offerCode,
				this.licenseCount, actor, now));
	}

	/**
	 * The trial ends soon: its customer and seller are told, once.
	 */
	void remindTrialEnding(Instant now) {
		this.trialReminderSentAt = now;
		registerEvent(new TrialEndingSoon(this.id, this.customerId, this.soldByPartnerId, this.offerCode,
				this.trialEndsAt, now));
	}

	boolean isRunningTrial() {
		return this.status == SubscriptionStatus.TRIAL;
	}

	boolean isPaid() {
		return this.status == SubscriptionStatus.ACTIVE;
	}

	UUID id() {
		return this.id;
	}

	UUID customerId() {
		return this.customerId;
	}

	String offerCode() {
		return this.offerCode;
	}

	SubscriptionView toView() {
		Money price = (this.unitPrice != null) ? new Money(this.unitPrice, Currency.getInstance(this.currency)) : null;
		return new SubscriptionView(this.id, this.customerId, this.offerCode, this.status, this.licenseCount,
				this.billingTerm, price, this.trialEndsAt, this.activatedAt, this.termEndsAt, this.soldByPartnerId,
				this.partnerOfRecordId, this.createdAt);
	}

}
