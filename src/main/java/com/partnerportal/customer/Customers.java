package com.partnerportal.customer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.platform.SignInAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's API: tenants, their admins and subscriptions.
 */
@Service
@Transactional(readOnly = true)
public class Customers implements SignInAccounts {

	/** The user name of a tenant's first admin in the tenant's domain. */
	static final String FIRST_ADMIN_USER_NAME = "admin";

	private final CustomerRepository customers;

	private final CustomerAccountRepository accounts;

	private final CustomerPartnerRepository customerPartners;

	private final SubscriptionRepository subscriptions;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final PortalProperties properties;

	private final Clock clock;

	Customers(CustomerRepository customers, CustomerAccountRepository accounts,
			CustomerPartnerRepository customerPartners, SubscriptionRepository subscriptions,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events, PortalProperties properties,
			Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.customerPartners = customerPartners;
		this.subscriptions = subscriptions;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.properties = properties;
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
	 * Creates a tenant, its first admin, and its trial subscriptions, in the caller's
	 * transaction.
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
		this.customerPartners.save(new CustomerPartner(customer.id(), tenant.partnerId(), now));
		for (NewTenant.TrialStart trial : tenant.trials()) {
			this.subscriptions.save(Subscription.trial(customer.id(), trial.offerCode(), trial.licenseCount(),
					now.plus(Duration.ofDays(trial.days())), tenant.partnerId(), now));
		}
		CustomerView view = customer.toView(this.properties.tenantDomainSuffix());
		this.events.publishEvent(
				new CustomerTenantCreated(customer.id(), tenant.partnerId(), view.name(), view.domain(), actor, now));
		return new CreatedTenant(customer.id(), view.domain(), admin.toPortalUser());
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

	public long countOf(UUID partnerId) {
		return this.customers.countOfPartner(partnerId);
	}

	public List<SubscriptionView> subscriptions(UUID customerId) {
		return this.subscriptions.findByCustomerIdOrderByCreatedAt(customerId)
			.stream()
			.map(Subscription::toView)
			.toList();
	}

	@Override
	public Optional<PortalUser> findForSignIn(String username) {
		return this.accounts.findBySignInName(username).map(CustomerAccount::toPortalUser);
	}

}
