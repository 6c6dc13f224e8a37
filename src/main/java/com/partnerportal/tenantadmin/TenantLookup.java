package com.partnerportal.tenantadmin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;

import org.springframework.stereotype.Component;

/**
 * What this module reads about a tenant from the customer module: its domain and
 * subscriptions; and tenant users as pages show them (addresses, licensed offers).
 */
@Component
class TenantLookup {

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	TenantLookup(Tenants customerTenants, Subscriptions customerSubscriptions) {
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
	}

	/**
	 * Returns the customer's domain.
	 * @throws com.partnerportal.platform.NotFoundException if there is no such customer
	 */
	String domain(UUID customerId) {
		return this.customerTenants.customer(customerId).domain();
	}

	List<SubscriptionView> subscriptions(UUID customerId) {
		return this.customerSubscriptions.subscriptions(customerId);
	}

	TenantUserView userView(UUID customerId, TenantUser user) {
		return userViews(customerId, List.of(user)).get(0);
	}

	/**
	 * Views of users of one tenant, in the given order (one query for the domain, one for
	 * the subscriptions, whatever the number of users).
	 */
	List<TenantUserView> userViews(UUID customerId, Collection<TenantUser> users) {
		if (users.isEmpty()) {
			return List.of();
		}
		return userViews(domain(customerId), customerId, users);
	}

	/**
	 * Views of users of one tenant whose domain the caller has read already (one query
	 * for the subscriptions, whatever the number of users).
	 */
	List<TenantUserView> userViews(String domain, UUID customerId, Collection<TenantUser> users) {
		if (users.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> offerCodes = subscriptions(customerId).stream()
			.collect(Collectors.toMap(SubscriptionView::id, SubscriptionView::offerCode));
		return users.stream().map((user) -> {
			List<String> licensed = user.subscriptionIds()
				.stream()
				.map(offerCodes::get)
				.filter((code) -> code != null)
				.sorted()
				.toList();
			return new TenantUserView(user.id(), user.customerId(), user.displayName(), user.userName(),
					user.address(domain), user.subscriptionIds(), licensed, user.createdAt());
		}).toList();
	}

}
