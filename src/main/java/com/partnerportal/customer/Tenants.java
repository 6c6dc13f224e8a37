package com.partnerportal.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalProperties;
import com.partnerportal.platform.SortableColumns;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer tenants: creating one with its first admin, finding them, the partners a
 * customer works with.
 */
@Service
@Transactional(readOnly = true)
public class Tenants {

	/**
	 * The columns the partner's customer list may be sorted by; by name unless asked.
	 */
	static final SortableColumns CUSTOMER_LIST_COLUMNS = SortableColumns.of(Sort.by("name"), "name", "createdAt");

	/** The user name of a tenant's first admin in the tenant's domain. */
	static final String FIRST_ADMIN_USER_NAME = "admin";

	private final CustomerRepository customers;

	private final CustomerAccountRepository accounts;

	private final CustomerPartnerRepository customerPartners;

	private final SubscriptionRepository subscriptions;

	private final PasswordEncoder passwordEncoder;

	private final PortalProperties properties;

	private final Clock clock;

	Tenants(CustomerRepository customers, CustomerAccountRepository accounts,
			CustomerPartnerRepository customerPartners, SubscriptionRepository subscriptions,
			PasswordEncoder passwordEncoder, PortalProperties properties, Clock clock) {
		this.customers = customers;
		this.accounts = accounts;
		this.customerPartners = customerPartners;
		this.subscriptions = subscriptions;
		this.passwordEncoder = passwordEncoder;
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
	 * Creates a tenant and its first admin, in the caller's transaction; the tenant
	 * raises {@link TenantCreated}.
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
				tenant.language(), tenant.partnerId(), this.properties.tenantDomainSuffix(), actor, now);
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
		return new CreatedTenant(customer.id(), view.domain(), admin.toPortalUser());
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
	 * Locks the customer's row until the transaction ends, first of all the rows a change
	 * to its relationships and subscriptions touches: two such changes at once (a
	 * purchase and a delegated-admin approval) run one after the other instead of
	 * deadlocking.
	 * @throws NotFoundException if there is no such customer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForChange(UUID customerId) {
		this.customers.lockById(customerId).orElseThrow(() -> new NotFoundException("customer"));
	}

	/**
	 * Where every mail meant for the customer goes: each of its admins, at its contact
	 * address (its sign-in name when it has none), in its language; oldest admin first,
	 * one per address (two queries, whatever the number of admins).
	 */
	public List<CustomerContact> adminContacts(UUID customerId) {
		return adminContactsExcept(customerId, null);
	}

	/**
	 * As {@link #adminContacts(UUID)}, without the admin with this account id (the admin
	 * who made the change a mail tells of).
	 */
	public List<CustomerContact> adminContactsExcept(UUID customerId, UUID accountId) {
		Customer customer = this.customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer"));
		String customerName = customer.toView(this.properties.tenantDomainSuffix()).name();
		List<CustomerAccount> admins = this.accounts.findByCustomerIdOrderByCreatedAt(customerId);
		// the excluded admin's address is left out, whoever else shares it
		Set<String> excluded = admins.stream()
			.filter((admin) -> admin.id().equals(accountId))
			.map((admin) -> address(admin))
			.collect(Collectors.toSet());
		Map<String, CustomerContact> byAddress = new LinkedHashMap<>();
		for (CustomerAccount admin : admins) {
			String address = address(admin);
			if (!address.isEmpty() && !excluded.contains(address)) {
				byAddress.putIfAbsent(address, new CustomerContact(customerId, customerName, admin.displayName(),
						admin.contactEmail().strip(), admin.locale()));
			}
		}
		return List.copyOf(byAddress.values());
	}

	private static String address(CustomerAccount admin) {
		return (admin.contactEmail() != null) ? admin.contactEmail().strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * The customer: one statement, in the caller's transaction or alone without one (the
	 * tenant console's frame reads it before every page).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CustomerView customer(UUID customerId) {
		return this.customers.findById(customerId)
			.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()))
			.orElseThrow(() -> new NotFoundException("customer"));
	}

	/**
	 * A customer of the given partner; another partner's customer is not found.
	 */
	public CustomerView customerOfPartner(UUID customerId, UUID partnerId) {
		return findCustomerOfPartner(customerId, partnerId).orElseThrow(() -> new NotFoundException("customer"));
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
	 * the page size), by name unless the request sorts by another of
	 * {@link #CUSTOMER_LIST_COLUMNS}.
	 */
	public Slice<CustomerSummary> customersOf(UUID partnerId, Pageable pageable) {
		return withSubscriptions(this.customers.findSliceOfPartner(partnerId, CUSTOMER_LIST_COLUMNS.sorted(pageable)));
	}

	private Slice<CustomerSummary> withSubscriptions(Slice<Customer> page) {
		List<UUID> ids = page.getContent().stream().map(Customer::id).toList();
		Map<UUID, List<SubscriptionView>> byCustomer = ids.isEmpty() ? Map.of()
				: this.subscriptions.findByCustomerIdIn(ids.toArray(UUID[]::new))
					.stream()
					.map(Subscription::toView)
					.collect(Collectors.groupingBy(SubscriptionView::customerId));
		return page.map((customer) -> new CustomerSummary(customer.toView(this.properties.tenantDomainSuffix()),
				byCustomer.getOrDefault(customer.id(), List.of())));
	}

	/**
	 * As {@link #customersOf(UUID, Pageable)}, for a partner user limited to named
	 * customers: those of them still the partner's ({@code limitedTo} empty: every
	 * customer of the partner).
	 */
	public Slice<CustomerSummary> customersOf(UUID partnerId, Set<UUID> limitedTo, Pageable pageable) {
		if (limitedTo.isEmpty()) {
			return customersOf(partnerId, pageable);
		}
		Slice<Customer> page = this.customers.findSliceOfPartnerAmong(partnerId, limitedTo,
				CUSTOMER_LIST_COLUMNS.sorted(pageable));
		return withSubscriptions(page);
	}

	/**
	 * A page of the partner's customers by name, those whose name contains {@code search}
	 * if it is not blank (for the page that limits an agent to named customers).
	 */
	public Slice<CustomerView> customersNamed(UUID partnerId, String search, Pageable pageable) {
		Pageable byName = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id"));
		Slice<Customer> page = (search == null || search.isBlank())
				? this.customers.findSliceOfPartner(partnerId, byName)
				: this.customers.findSliceOfPartnerNamed(partnerId,
						"%" + search.strip()
							.toLowerCase(Locale.ROOT)
							.replace("\\", "\\\\")
							.replace("%", "\\%")
							.replace("_", "\\_") + "%",
						byName);
		return page.map((customer) -> customer.toView(this.properties.tenantDomainSuffix()));
	}

	/**
	 * Of these customers, those that are the partner's (one query): a forged id of
	 * another partner's customer is not among them.
	 */
	public Set<UUID> customersOfPartnerAmong(UUID partnerId, Collection<UUID> customerIds) {
		return customerIds.isEmpty() ? Set.of()
				: Set.copyOf(this.customers.findIdsOfPartnerAmong(partnerId, customerIds));
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
	 * approving it as delegated admin or accepting its offer. Race-free: approvals and
	 * acceptances for one customer and partner may run at the same moment.
	 */
	@Transactional
	public void addPartner(UUID customerId, UUID partnerId) {
		linkPartner(customerId, partnerId, this.clock.instant());
	}

	private void linkPartner(UUID customerId, UUID partnerId, Instant now) {
		this.customerPartners.insertIfAbsent(customerId, partnerId, now);
	}

}
