package com.partnerportal.customer.web;

import java.util.UUID;
import java.util.stream.Collectors;

import com.partnerportal.customer.SubscriptionView;
import com.partnerportal.customer.Subscriptions;
import com.partnerportal.customer.Tenants;
import com.partnerportal.platform.PortalUser;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The partner's customers. Ownership is part of every query: another partner's customer
 * is not found; nor, for a user its partner's admin limited to named customers, another
 * customer.
 */
@Controller
class PartnerCustomerController {

	static final String VIEW_LIST = "partner/customers";

	static final String VIEW_DETAIL = "partner/customer-detail";

	static final String VIEW_PARTNER_OF_RECORD = "partner/partner-of-record";

	static final int PAGE_SIZE = 20;

	private final Tenants customerTenants;

	private final Subscriptions customerSubscriptions;

	private final PartnerUserCustomerPages userPages;

	PartnerCustomerController(Tenants customerTenants, Subscriptions customerSubscriptions,
			PartnerUserCustomerPages userPages) {
		this.customerTenants = customerTenants;
		this.customerSubscriptions = customerSubscriptions;
		this.userPages = userPages;
	}

	/**
	 * The subscriptions the partner is Partner of Record for.
	 */
	@GetMapping("/partner/partner-of-record")
	String partnerOfRecord(@AuthenticationPrincipal PortalUser user,
			@PageableDefault(size = PAGE_SIZE, sort = "createdAt", direction = Sort.Direction.DESC) Pageable pageable,
			Model model) {
		Page<SubscriptionView> subscriptions = this.customerSubscriptions
			.partnerOfRecordSubscriptions(user.organizationId(), pageable);
		model.addAttribute("subscriptions", subscriptions);
		model.addAttribute("customerNames", this.customerTenants
			.names(subscriptions.getContent().stream().map(SubscriptionView::customerId).collect(Collectors.toSet())));
		return VIEW_PARTNER_OF_RECORD;
	}

	@GetMapping("/partner/customers")
	String list(@AuthenticationPrincipal PortalUser user,
			@PageableDefault(size = PAGE_SIZE, sort = "name") Pageable pageable, Model model) {
		// a user its partner's admin limited to named customers sees those only
		model.addAttribute("customers", this.userPages.list(user, pageable));
		return VIEW_LIST;
	}

	@GetMapping("/partner/customers/{id}")
	String detail(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
		CustomerPages.Detail detail = this.userPages.detail(user, id);
		model.addAttribute("customer", detail.customer());
		model.addAttribute("subscriptions", detail.subscriptions());
		model.addAttribute("partnerNames", detail.partnerNames());
		model.addAttribute("holdsDelegatedAdmin", detail.holdsDelegatedAdmin());
		model.addAttribute("mayRequestDelegatedAdmin", detail.mayRequestDelegatedAdmin());
		model.addAttribute("relationship", detail.relationship());
		model.addAttribute("openAmendmentSince", detail.openAmendmentSince());
		return VIEW_DETAIL;
	}

}
