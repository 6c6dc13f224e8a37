package com.partnerportal.customer.web;

import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerSummary;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.AgentCustomerLimits;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's customers as one of its users sees them, each page in one read-only
 * transaction: a user its partner's admin limited to named customers sees those only
 * (another customer's page is not found).
 */
@Component
class PartnerUserCustomerPages {

	private final Tenants customerTenants;

	private final CustomerPages pages;

	private final AgentCustomerLimits limits;

	PartnerUserCustomerPages(Tenants customerTenants, CustomerPages pages, AgentCustomerLimits limits) {
		this.customerTenants = customerTenants;
		this.pages = pages;
		this.limits = limits;
	}

	@Transactional(readOnly = true)
	Slice<CustomerSummary> list(PortalUser user, Pageable pageable) {
		return this.customerTenants.customersOf(user.organizationId(), this.limits.customersOf(user.accountId()),
				pageable);
	}

	@Transactional(readOnly = true)
	CustomerPages.Detail detail(PortalUser user, UUID customerId) {
		Set<UUID> limitedTo = this.limits.customersOf(user.accountId());
		if (!limitedTo.isEmpty() && !limitedTo.contains(customerId)) {
			throw new NotFoundException("customer");
		}
		return this.pages.detail(user.organizationId(), customerId);
	}

}
