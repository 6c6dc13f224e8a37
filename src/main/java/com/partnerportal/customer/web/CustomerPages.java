package com.partnerportal.customer.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdminAmendments;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.partner.Partners;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the customer pages show, each read in one read-only transaction (the services it
 * calls join it) instead of one transaction per service.
 */
@Component
class CustomerPages {

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final Partners partners;

	private final DelegatedAdmins delegatedAdmins;

	private final DelegatedAdminAmendments amendments;

	CustomerPages(Tenants customerTenants, Subscriptions customerSubscriptions, Partners partners,
			DelegatedAdmins delegatedAdmins, DelegatedAdminAmendments amendments) {
		this.amendments = amendments;
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.partners = partners;
		this.delegatedAdmins = delegatedAdmins;
	}

	/**
	 * A partner's customer as its detail page shows it.
	 * @throws com.partnerportal.platform.NotFoundException if it is not the partner's
	 * customer
	 */
	@Transactional(readOnly = true)
	Detail detail(UUID partnerId, UUID customerId) {
		CustomerView customer = this.customerTenants.customerOfPartner(customerId, partnerId);
		List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(customer.id());
		Map<UUID, String> partnerNames = this.partners.names(subscriptions.stream()
			.map(SubscriptionView::soldByPartnerId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		DelegatedAdminView relationship = this.delegatedAdmins.activeOf(partnerId, customer.id()).orElse(null);
		boolean holds = relationship != null;
		return new Detail(customer, subscriptions, partnerNames, holds,
				!holds && this.delegatedAdmins.isEligible(partnerId), relationship,
				holds ? this.amendments.openSince(relationship.id()).orElse(null) : null);
	}

	/**
	 * A customer's home page: the customer, its subscriptions and the names of the
	 * partners that sold them or invited it.
	 */
	@Transactional(readOnly = true)
	Home home(UUID customerId) {
		CustomerView customer = this.customerTenants.customer(customerId);
		List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(customer.id());
		Set<UUID> partnerIds = new HashSet<>();
		subscriptions.stream().map(SubscriptionView::soldByPartnerId).filter(Objects::nonNull).forEach(partnerIds::add);
		if (customer.invitedByPartnerId() != null) {
			partnerIds.add(customer.invitedByPartnerId());
		}
		return new Home(customer, subscriptions, this.partners.names(partnerIds));
	}

	/**
	 * The customer detail page of a partner.
	 *
	 * @param customer the customer
	 * @param subscriptions its subscriptions
	 * @param partnerNames names of the partners that sold them
	 * @param holdsDelegatedAdmin whether the partner is its delegated admin
	 * @param mayRequestDelegatedAdmin whether the partner may ask to become it
	 * @param relationship the partner's relationship with it, if it holds one
	 * @param openAmendmentSince when the partner proposed the amendment of it the
	 * customer has not answered, if there is one
	 */
	record Detail(CustomerView customer, List<SubscriptionView> subscriptions, Map<UUID, String> partnerNames,
			boolean holdsDelegatedAdmin, boolean mayRequestDelegatedAdmin, DelegatedAdminView relationship,
			Instant openAmendmentSince) {

	}

	/**
	 * The customer's home page.
	 *
	 * @param customer the customer
	 * @param subscriptions its subscriptions
	 * @param partnerNames names of the partners that sold them or invited the customer
	 */
	record Home(CustomerView customer, List<SubscriptionView> subscriptions, Map<UUID, String> partnerNames) {

	}

}
