package com.partnerportal.customer.web;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Customers;
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

	private final Customers customers;

	private final Partners partners;

	CustomerHomeController(Customers customers, Partners partners) {
		this.customers = customers;
		this.partners = partners;
	}

	@GetMapping("/customer")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		CustomerView customer = this.customers.customer(user.organizationId());
		model.addAttribute("customer", customer);
		model.addAttribute("subscriptions", this.customers.subscriptions(customer.id()));
		if (customer.invitedByPartnerId() != null) {
			model.addAttribute("invitedBy", this.partners.partner(customer.invitedByPartnerId()));
		}
		return VIEW_HOME;
	}

}
