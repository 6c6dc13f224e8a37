package com.partnerportal.customer.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The customer admin's home: its tenant, subscriptions and the partner that invited it.
 */
@Controller
class CustomerHomeController {

	static final String VIEW_HOME = "customer/home";

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final Partners partners;

	CustomerHomeController(Tenants customerTenants, Subscriptions customerSubscriptions, Partners partners) {
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.partners = partners;
	}

	@GetMapping("/customer")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		CustomerView customer = this.customerTenants.customer(user.organizationId());
		model.addAttribute("customer", customer);
		List<SubscriptionView> subscriptions = this.customerSubscriptions.subscriptions(customer.id());
		model.addAttribute("subscriptions", subscriptions);
		Set<UUID> partnerIds = new HashSet<>();
		subscriptions.stream().map(SubscriptionView::soldByPartnerId).filter(Objects::nonNull).forEach(partnerIds::add);
		if (customer.invitedByPartnerId() != null) {
			partnerIds.add(customer.invitedByPartnerId());
		}
		Map<UUID, String> partnerNames = this.partners.names(partnerIds);
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("invitedBy", partnerNames.get(customer.invitedByPartnerId()));
		return VIEW_HOME;
	}

}
