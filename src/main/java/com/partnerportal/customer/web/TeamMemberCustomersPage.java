package com.partnerportal.customer.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.AgentCustomerLimits;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the page that limits a team member to named customers shows, read in one read-only
 * transaction: a page of the partner's customers (by name, searched), the member, and
 * which of those customers it is limited to.
 */
@Component
class TeamMemberCustomersPage {

	static final int PAGE_SIZE = 20;

	private final Tenants customerTenants;

	private final AgentCustomerLimits limits;

	TeamMemberCustomersPage(Tenants customerTenants, AgentCustomerLimits limits) {
		this.customerTenants = customerTenants;
		this.limits = limits;
	}

	@Transactional(readOnly = true)
	Content read(PortalUser admin, UUID userId, String search, Pageable pageable) {
		Slice<CustomerView> customers = this.customerTenants.customersNamed(admin.organizationId(), search,
				PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), PAGE_SIZE)));
		Set<UUID> shown = customers.stream().map(CustomerView::id).collect(Collectors.toSet());
		return new Content(this.limits.limitsOf(admin, userId, shown), customers);
	}

	/**
	 * The page's content.
	 *
	 * @param member the member and, of the customers shown, those it is limited to
	 * @param customers a page of the partner's customers
	 */
	record Content(AgentCustomerLimits.MemberLimits member, Slice<CustomerView> customers) {

	}

}
