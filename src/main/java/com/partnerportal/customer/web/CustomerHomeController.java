package com.partnerportal.customer.web;

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

	private final CustomerPages pages;

	CustomerHomeController(CustomerPages pages) {
		this.pages = pages;
	}

	@GetMapping("/customer")
	String home(@AuthenticationPrincipal PortalUser user, Model model) {
		CustomerPages.Home home = this.pages.home(user.organizationId());
		model.addAttribute("customer", home.customer());
		model.addAttribute("subscriptions", home.subscriptions());
		model.addAttribute("partnerNames", home.partnerNames());
		model.addAttribute("invitedBy", home.partnerNames().get(home.customer().invitedByPartnerId()));
		return VIEW_HOME;
	}

}
