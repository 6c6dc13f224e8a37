package com.partnerportal.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.FeatureStatus;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.SortableColumns;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers' subscriptions: trials, purchases, Partner of Record. Each change is raised
 * by the {@link Subscription} as an event; mails and the activity log listen to them.
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

	/**
	 * The columns the Partner-of-Record list may be sorted by; newest first unless asked.
	 */
	static final SortableColumns PARTNER_OF_RECORD_COLUMNS = SortableColumns
		.of(Sort.by(Sort.Direction.DESC, "createdAt"), "createdAt");

	private final CustomerRepository customers;

	private final CustomerPartnerRepository customerPartners;

	private final SubscriptionRepository subscriptions;

	private final PortalProperties properties;

	private final Partners partners;

	private final Catalog catalog;

	private final Clock clock;

	private final FeatureAvailability availability;

	Subscriptions(CustomerRepository customers, CustomerPartnerRepository customerPartners,
			SubscriptionRepository subscriptions, PortalProperties properties, Partners partners, Catalog catalog,
			Clock clock, FeatureAvailability availability) {
		this.customers = customers;
		this.customerPartners = customerPartners;
		this.subscriptions = subscriptions;
		this.properties = properties;
		this.partners = partners;
		this.catalog = catalog;
		this.clock = clock;
		this.availability = availability;
	}

	/**
	 * Starts one trial per offer for the customer, sold by the partner.
	 * @throws TrialAlreadyUsedException if the customer has had a trial of one of the
	 * offers (also when a concurrent acceptance started it a moment ago)
	 */
	@Transactional
	public void startTrials(UUID customerId, UUID partnerId, List<TrialStart> trials, Actor actor) {
		List<String> used = this.subscriptions.findOffersWithTrial(customerId,
				trials.stream().map(TrialStart::offerCode).toList());
		if (!used.isEmpty()) {
			throw new TrialAlreadyUsedException(used.get(0));
		}
		Instant now = this.clock.instant();
		this.customerPartners.insertIfAbsent(customerId, partnerId, now);
		for (TrialStart trial : trials) {
			Subscription subscription = Subscription.trial(customerId, trial.offerCode(), trial.licenseCount(),
					now.plus(Duration.ofDays(trial.days())), partnerId, actor, now);
			try {
				this.subscriptions.saveAndFlush(subscription);
			}
			catch (DataIntegrityViolationException ex) {
				throw new TrialAlreadyUsedException(trial.offerCode());
			}
		}
	}

	/**
	 * Applies an accepted purchase offer, line by line; which subscription a line updates
	 * is the {@link SubscriptionPortfolio}'s decision.
	 */
	@Transactional
	public List<SubscriptionView> applyPurchase(UUID customerId, UUID partnerId, List<PaidLine> lines, Actor actor) {
		// the customer's row first: locking its subscriptions alone would not stop two
		// purchases from each starting a new subscription of the same offer
		this.customers.lockById(customerId).orElseThrow(() -> new NotFoundException("customer"));
		Instant now = this.clock.instant();
		this.customerPartners.insertIfAbsent(customerId, partnerId, now);
		SubscriptionPortfolio portfolio = new SubscriptionPortfolio(customerId,
				this.subscriptions.findByCustomerIdForUpdate(customerId));
		List<SubscriptionView> result = new ArrayList<>();
		for (PaidLine line : lines) {
			Subscription subscription = this.subscriptions.save(portfolio.purchase(line, partnerId, actor, now));
			result.add(subscription.toView());
		}
		return result;
	}

	/**
	 * The customer designates (or changes) the Partner of Record of one of its
	 * subscriptions: any partner in the program, named by id or by name. The partner is
	 * mailed. Delegated admin is not touched: the two are independent.
	 * @throws PartnerOfRecordException if the reference names no partner, or several, or
	 * a partner that may not be credited for this subscription (no signed agreement,
	 * another cloud instance, not authorized for the offer's services)
	 */
	@Transactional
	public SubscriptionView designatePartnerOfRecord(UUID customerId, UUID subscriptionId, String partnerReference,
			Actor actor) {
		Subscription subscription = this.subscriptions.findByIdAndCustomerId(subscriptionId, customerId)
			.orElseThrow(() -> new NotFoundException("subscription"));
		List<PartnerView> matches = this.partners.findByIdOrName(partnerReference);
		if (matches.isEmpty()) {
			throw new PartnerOfRecordException(PartnerOfRecordException.Reason.UNKNOWN, null);
		}
		if (matches.size() > 1) {
			throw new PartnerOfRecordException(PartnerOfRecordException.Reason.AMBIGUOUS, null);
		}
		PartnerView partner = matches.get(0);
		requireMayBePartnerOfRecord(partner, customer(customerId), subscription.offerCode());
		subscription.designatePartnerOfRecord(partner.id(), actor, this.clock.instant());
		return this.subscriptions.save(subscription).toView();
	}

	/**
	 * Only a partner that could have sold the subscription may be credited for it: one
	 * with a signed agreement, of the customer's cloud instance, authorized for every
	 * service of the offer.
	 */
	private void requireMayBePartnerOfRecord(PartnerView partner, CustomerView customer, String offerCode) {
		this.availability.require(PartnerFeature.PARTNER_OF_RECORD, customer.cloudInstance());
		if (!partner.agreementSigned()) {
			throw new PartnerOfRecordException(PartnerOfRecordException.Reason.AGREEMENT_NOT_SIGNED, partner.name());
		}
		if (partner.cloudInstance() != customer.cloudInstance()) {
			throw new PartnerOfRecordException(PartnerOfRecordException.Reason.OTHER_CLOUD_INSTANCE, partner.name());
		}
		boolean authorized = this.catalog.offer(offerCode)
			.map((offer) -> offer.isCoveredBy(partner.authorizedServiceCodes()))
			.orElse(false);
		if (!authorized) {
			throw new PartnerOfRecordException(PartnerOfRecordException.Reason.NOT_AUTHORIZED, partner.name());
		}
	}

	/**
	 * Whether Partner of Record is available in the customer's cloud instance, and why
	 * not, for its page.
	 */
	public FeatureStatus partnerOfRecordAvailability(UUID customerId) {
		return this.availability.status(PartnerFeature.PARTNER_OF_RECORD, customer(customerId).cloudInstance());
	}

	/**
	 * The partners a customer may pick as Partner of Record whose name contains
	 * {@code text} (a signed agreement, the customer's cloud instance), by name.
	 */
	public List<PartnerView> partnerOfRecordCandidates(UUID customerId, String text, int limit) {
		return this.partners.searchByName(text, customer(customerId).cloudInstance(), limit);
	}

	/**
	 * The subscriptions a partner is Partner of Record for, newest first unless the
	 * request sorts by another of {@link #PARTNER_OF_RECORD_COLUMNS}.
	 */
	public Page<SubscriptionView> partnerOfRecordSubscriptions(UUID partnerId, Pageable pageable) {
		return this.subscriptions.findByPartnerOfRecordId(partnerId, PARTNER_OF_RECORD_COLUMNS.sorted(pageable))
			.map(Subscription::toView);
	}

	/**
	 * The offers among {@code offerCodes} the customer has had a trial of.
	 */
	public Set<String> offersWithTrial(UUID customerId, Collection<String> offerCodes) {
		return offerCodes.isEmpty() ? Set.of()
				: Set.copyOf(this.subscriptions.findOffersWithTrial(customerId, offerCodes));
	}

	public List<SubscriptionView> subscriptions(UUID customerId) {
		return this.subscriptions.findByCustomerIdOrderByCreatedAt(customerId)
			.stream()
			.map(Subscription::toView)
			.toList();
	}

	private CustomerView customer(UUID customerId) {
		return this.customers.findById(customerId)
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()))
			.orElseThrow(() -> new NotFoundException("customer"));
	}

}
