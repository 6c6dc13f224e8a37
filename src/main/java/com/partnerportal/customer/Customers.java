package com.partnerportal.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.catalog.Catalog;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's API: tenants, their admins and subscriptions.
 */
@Service
@Transactional(readOnly = true)
public class Customers implements SignInAccounts, AccountLanguages {

	/** The user name of a tenant's first admin in the tenant's domain. */
	static final String FIRST_ADMIN_USER_NAME = "admin";

	private static final Duration TRIAL_REMINDER = Duration.ofDays(7);

	private static final int BATCH = 100;

	private final CustomerRepository customers;

	private final CustomerAccountRepository accounts;

	private final CustomerPartnerRepository customerPartners;

	private final SubscriptionRepository subscriptions;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final PortalProperties properties;

	private final SubscriptionMails subscriptionMails;

	private final Partners partners;

	private final Catalog catalog;

	private final Clock clock;

	Customers(CustomerRepository customers, CustomerAccountRepository accounts,
			CustomerPartnerRepository customerPartners, SubscriptionRepository subscriptions,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, PortalProperties properties,
			SubscriptionMails subscriptionMails, Partners partners, Catalog catalog, Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.customerPartners = customerPartners;
		this.subscriptions = subscriptions;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.properties = properties;
		this.subscriptionMails = subscriptionMails;
		this.partners = partners;
		this.catalog = catalog;
		this.clock = clock;
	}

	public boolean isDomainPrefixTaken(String prefix) {
		return DomainPrefixes.isReserved(prefix) || this.customers.existsByDomainPrefix(prefix);
	}

	/**
	 * The sign-in name the first admin of a tenant with this prefix gets.
	 */
	public String firstAdminSignInName(String domainPrefix) {
		return FIRST_ADMIN_USER_NAME + "@" + domainPrefix + "." + this.properties.tenantDomainSuffix();
	}

	/**
	 * Creates a tenant and its first admin, in the caller's transaction.
	 * @throws DomainPrefixTakenException if the prefix is taken (also when another tenant
	 * took it a moment ago)
	 */
	@Transactional
	public CreatedTenant createTenant(NewTenant tenant, Actor actor) {
		if (!DomainPrefixes.isWellFormed(tenant.domainPrefix()) || isDomainPrefixTaken(tenant.domainPrefix())) {
			throw new DomainPrefixTakenException(tenant.domainPrefix());
		}
		Instant now = this.clock.instant();
		Customer customer = new Customer(tenant.organizationName(), tenant.domainPrefix(), tenant.cloudInstance(),
				tenant.language(), tenant.partnerId(), now);
		try {
			this.customers.saveAndFlush(customer);
		}
		catch (DataIntegrityViolationException ex) {
			throw new DomainPrefixTakenException(tenant.domainPrefix());
		}
		CustomerAccount admin = new CustomerAccount(customer.id(), firstAdminSignInName(tenant.domainPrefix()),
				tenant.adminName(), tenant.contactEmail(), this.passwordEncoder.encode(tenant.rawPassword()),
				tenant.language(), now);
		this.accounts.save(admin);
		linkPartner(customer.id(), tenant.partnerId(), now);
		CustomerView view = customer.toView(this.properties.tenantDomainSuffix());
		this.events.publishEvent(
				new CustomerTenantCreated(customer.id(), tenant.partnerId(), view.name(), view.domain(), actor, now));
		return new CreatedTenant(customer.id(), view.domain(), admin.toPortalUser());
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
		linkPartner(customerId, partnerId, now);
		for (TrialStart trial : trials) {
			Subscription subscription = Subscription.trial(customerId, trial.offerCode(), trial.licenseCount(),
					now.plus(Duration.ofDays(trial.days())), partnerId, now);
			try {
				this.subscriptions.saveAndFlush(subscription);
			}
			catch (DataIntegrityViolationException ex) {
				throw new TrialAlreadyUsedException(trial.offerCode());
			}
			publish(SubscriptionEvent.Change.TRIAL_STARTED, subscription, partnerId, actor, now);
		}
	}

	/**
	 * Applies an accepted purchase offer: for each line, a running trial of the offer
	 * becomes the paid subscription (the same one), a paid subscription of the offer
	 * takes the new license count and term, otherwise a new paid subscription starts.
	 */
	@Transactional
	public List<SubscriptionView> applyPurchase(UUID customerId, UUID partnerId, List<PaidLine> lines, Actor actor) {
		// the customer's row first: locking its subscriptions alone would not stop two
		// purchases from each starting a new subscription of the same offer
		this.customers.lockById(customerId).orElseThrow(() -> new NotFoundException("customer"));
		Instant now = this.clock.instant();
		linkPartner(customerId, partnerId, now);
		List<Subscription> existing = this.subscriptions.findByCustomerIdForUpdate(customerId);
		List<SubscriptionView> result = new ArrayList<>();
		for (PaidLine line : lines) {
			Optional<Subscription> current = existing.stream()
				.filter((s) -> s.offerCode().equals(line.offerCode()))
				.filter((s) -> s.isRunningTrial() || s.isPaid())
				.findFirst();
			Subscription subscription;
			SubscriptionEvent.Change change;
			if (current.isPresent()) {
				subscription = current.get();
				change = subscription.isRunningTrial() ? SubscriptionEvent.Change.CONVERTED_TO_PAID
						: SubscriptionEvent.Change.LICENSES_CHANGED;
				subscription.purchase(line, partnerId, now);
			}
			else {
				subscription = this.subscriptions.save(Subscription.paid(customerId, line, partnerId, now));
				existing.add(subscription);
				change = SubscriptionEvent.Change.PURCHASED;
			}
			publish(change, subscription, partnerId, actor, now);
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
			throw new PartnerOfRecordException("partnerOfRecord.unknown");
		}
		if (matches.size() > 1) {
			throw new PartnerOfRecordException("partnerOfRecord.ambiguous");
		}
		PartnerView partner = matches.get(0);
		requireMayBePartnerOfRecord(partner, customer(customerId), subscription.offerCode());
		subscription.designatePartnerOfRecord(partner.id());
		Instant now = this.clock.instant();
		publish(SubscriptionEvent.Change.PARTNER_OF_RECORD_DESIGNATED, subscription, partner.id(), actor, now);
		this.subscriptionMails.partnerOfRecordDesignated(subscription.toView(), contact(customerId), partner.id());
		return subscription.toView();
	}

	/**
	 * Only a partner that could have sold the subscription may be credited for it: one
	 * with a signed agreement, of the customer's cloud instance, authorized for every
	 * service of the offer.
	 */
	private void requireMayBePartnerOfRecord(PartnerView partner, CustomerView customer, String offerCode) {
		if (!partner.agreementSigned()) {
			throw new PartnerOfRecordException("partnerOfRecord.agreement-not-signed", partner.name());
		}
		if (partner.cloudInstance() != customer.cloudInstance()) {
			throw new PartnerOfRecordException("partnerOfRecord.other-cloud-instance", partner.name());
		}
		boolean authorized = this.catalog.offer(offerCode)
			.map((offer) -> offer.isCoveredBy(partner.authorizedServiceCodes()))
			.orElse(false);
		if (!authorized) {
			throw new PartnerOfRecordException("partnerOfRecord.not-authorized", partner.name());
		}
	}

	/**
	 * The partners a customer may pick as Partner of Record whose name contains
	 * {@code text} (a signed agreement, the customer's cloud instance), by name.
	 */
	public List<PartnerView> partnerOfRecordCandidates(UUID customerId, String text, int limit) {
		return this.partners.searchByName(text, customer(customerId).cloudInstance(), limit);
	}

	/**
	 * The ids of the tenants that have an admin with this contact email.
	 */
	public List<UUID> customersWithContactEmail(String email) {
		return (email == null || email.isBlank()) ? List.of()
				: this.accounts.findCustomerIdsByContactEmail(email.strip());
	}

	/**
	 * The subscriptions a partner is Partner of Record for, newest first.
	 */
	public Page<SubscriptionView> partnerOfRecordSubscriptions(UUID partnerId, Pageable pageable) {
		return this.subscriptions.findByPartnerOfRecordIdOrderByCreatedAtDesc(partnerId, pageable)
			.map(Subscription::toView);
	}

	/**
	 * Customer names by id, in one query.
	 */
	public Map<UUID, String> names(Collection<UUID> customerIds) {
		Map<UUID, String> names = new HashMap<>();
		if (!customerIds.isEmpty()) {
			this.customers.findAllById(customerIds)
				.forEach((customer) -> names.put(customer.id(),
						customer.toView(this.properties.tenantDomainSuffix()).name()));
		}
		return names;
	}

	/**
	 * The offers among {@code offerCodes} the customer has had a trial of.
	 */
	public Set<String> offersWithTrial(UUID customerId, Collection<String> offerCodes) {
		return offerCodes.isEmpty() ? Set.of()
				: Set.copyOf(this.subscriptions.findOffersWithTrial(customerId, offerCodes));
	}

	/**
	 * Where mail for the customer goes.
	 */
	public CustomerContact contact(UUID customerId) {
		Customer customer = this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer"));
		CustomerAccount admin = this.accounts.findFirstByCustomerIdOrderByCreatedAt(customerId)
			.orElseThrow(() -> new NotFoundException("customer admin"));
		return new CustomerContact(customerId, customer.toView(this.properties.tenantDomainSuffix()).name(),
				admin.displayName(), admin.contactEmail(), admin.locale());
	}

	/**
	 * Whether the signed-in person is an admin of this customer.
	 */
	public static boolean isAdminOf(PortalUser user, UUID customerId) {
		return user != null && user.kind() == AccountKind.CUSTOMER_ADMIN && customerId.equals(user.organizationId());
	}

	/**
	 * Expires trials that ended without a purchase. Safe on every instance at once.
	 */
	@Scheduled(cron = "${portal.subscriptions.trial-expiry-cron:0 */15 * * * *}")
	@Transactional
	public int expireEndedTrials() {
		Instant now = this.clock.instant();
		int expired = 0;
		List<Subscription> ended;
		do {
			ended = this.subscriptions.claimEndedTrials(now, BATCH);
			for (Subscription subscription : ended) {
				if (subscription.expireTrialIfEnded(now)) {
					publish(SubscriptionEvent.Change.TRIAL_EXPIRED, subscription, null, Actor.system(), now);
					expired++;
				}
			}
			this.subscriptions.flush();
		}
		while (ended.size() == BATCH);
		return expired;
	}

	/**
	 * Mails the customer and the partner that sold it when a trial ends within 7 days,
	 * once per trial.
	 */
	@Scheduled(cron = "${portal.subscriptions.trial-reminder-cron:0 7 * * * *}")
	@Transactional
	public int remindEndingTrials() {
		Instant now = this.clock.instant();
		List<Subscription> ending = this.subscriptions.claimTrialsToRemind(now, now.plus(TRIAL_REMINDER), BATCH);
		for (Subscription subscription : ending) {
			this.subscriptionMails.remind(subscription.toView(), contact(subscription.customerId()));
			subscription.trialReminderSent(now);
		}
		return ending.size();
	}

	public CustomerView customer(UUID customerId) {
		return this.customers.findById(customerId)
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()))
			.orElseThrow(() -> new NotFoundException("customer"));
	}

	/**
	 * A customer of the given partner; another partner's customer is not found.
	 */
	public CustomerView customerOfPartner(UUID customerId, UUID partnerId) {
		return this.customers.findByIdAndPartnerId(customerId, partnerId)
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()))
			.orElseThrow(() -> new NotFoundException("customer"));
	}

	/**
	 * A customer of the given partner, if it is one.
	 */
	public Optional<CustomerView> findCustomerOfPartner(UUID customerId, UUID partnerId) {
		return this.customers.findByIdAndPartnerId(customerId, partnerId)
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()));
	}

	/**
	 * A page of the partner's customers with their subscriptions (two queries, whatever
	 * the page size).
	 */
	public Page<CustomerSummary> customersOf(UUID partnerId, Pageable pageable) {
		Page<Customer> page = this.customers.findAllOfPartner(partnerId, pageable);
		List<UUID> ids = page.getContent().stream().map(Customer::id).toList();
		Map<UUID, List<SubscriptionView>> byCustomer = ids.isEmpty() ? Map.of()
				: this.subscriptions.findByCustomerIdIn(ids)
					.stream()
					.map(Subscription::toView)
					.collect(Collectors.groupingBy(SubscriptionView::customerId));
		return page.map((customer) -> new CustomerSummary(customer.toView(this.properties.tenantDomainSuffix()),
				byCustomer.getOrDefault(customer.id(), List.of())));
	}

	/**
	 * The partner's customers by name, without their subscriptions (for pickers).
	 */
	public List<CustomerView> namesOf(UUID partnerId, int limit) {
		return this.customers.findAllOfPartner(partnerId, PageRequest.of(0, limit, Sort.by("name")))
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()))
			.getContent();
	}

	public long countOf(UUID partnerId) {
		return this.customers.countOfPartner(partnerId);
	}

	public List<SubscriptionView> subscriptions(UUID customerId) {
		return this.subscriptions.findByCustomerIdOrderByCreatedAt(customerId)
			.stream()
			.map(Subscription::toView)
			.toList();
	}

	/**
	 * The tenant with this domain ({@code prefix.suffix}, or the prefix alone), if any.
	 */
	public Optional<UUID> findByDomain(String domain) {
		String text = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
		String suffix = "." + this.properties.tenantDomainSuffix();
		String prefix = text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
		return DomainPrefixes.isWellFormed(prefix) ? this.customers.findByDomainPrefix(prefix).map(Customer::id)
				: Optional.empty();
	}

	/**
	 * Records that the customer works with the partner (its customers list), e.g. after
	 * approving it as delegated admin.
	 */
	@Transactional
	public void addPartner(UUID customerId, UUID partnerId) {
		linkPartner(customerId, partnerId, this.clock.instant());
	}

	/**
	 * Race-free: approvals and acceptances for one customer and partner may run at the
	 * same moment.
	 */
	private void linkPartner(UUID customerId, UUID partnerId, Instant now) {
		this.customerPartners.insertIfAbsent(customerId, partnerId, now);
	}

	private void publish(SubscriptionEvent.Change change, Subscription subscription, UUID partnerId, Actor actor,
			Instant now) {
		SubscriptionView view = subscription.toView();
		this.events.publishEvent(new SubscriptionEvent(change, view.id(), view.customerId(), partnerId,
				view.offerCode(), view.licenseCount(), actor, now));
	}

	@Override
	public Optional<PortalUser> findForSignIn(String username) {
		return this.accounts.findBySignInName(username).map(CustomerAccount::toPortalUser);
	}

	@Override
	@Transactional
	public void changePreferredLanguage(PortalUser account, Locale language) {
		if (account.kind() == AccountKind.CUSTOMER_ADMIN) {
			this.accounts.findById(account.accountId()).ifPresent((owned) -> owned.changeLanguage(language));
		}
	}

}
