package com.partnerportal.audit.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A customer's page in the back office: one timeline of everything about it, and its
 * delegated-admin relationships (the active one can be ended from here). It lives with
 * the activity log, which records the customer's history.
 */
@Controller
class AdminCustomerTimelineController {

	static final String VIEW_DETAIL = "admin/customer";

	private final CustomerTimeline timeline;

	AdminCustomerTimelineController(CustomerTimeline timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/admin/customers/{customerId}")
	String show(@PathVariable UUID customerId, Model model) {
		CustomerTimeline.Content content = this.timeline.read(customerId);
		model.addAttribute("customer", content.customer());
		model.addAttribute("relationships", content.relationships());
		model.addAttribute("events", content.events());
		model.addAttribute("truncated", content.truncated());
		return VIEW_DETAIL;
	}

}
