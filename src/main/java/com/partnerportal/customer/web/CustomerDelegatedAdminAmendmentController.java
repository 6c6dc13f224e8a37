package com.partnerportal.customer.web;

import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.AmendmentRejectedException;
import com.partnerportal.delegation.DelegatedAdminAmendments;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer's page of a partner's amendment (the link in its mail): the difference
 * (roles added and removed, the end date before and after), to accept or refuse. Only the
 * customer's own admins find it; the GET changes nothing.
 */
@Controller
class CustomerDelegatedAdminAmendmentController {

	static final String VIEW_AMENDMENT = "customer/delegated-admin-amendment";

	private final Tenants customerTenants;

	private final DelegatedAdminAmendments amendments;

	CustomerDelegatedAdminAmendmentController(Tenants customerTenants, DelegatedAdminAmendments amendments) {
		this.customerTenants = customerTenants;
		this.amendments = amendments;
	}

	@GetMapping("/customer/partners/delegated-admin/amendments/{id}")
	String show(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, Model model) {
		model.addAttribute("amendment", this.amendments.amendmentOf(user.organizationId(), id));
		return VIEW_AMENDMENT;
	}

	@PostMapping("/customer/partners/delegated-admin/amendments/{id}/accept")
	String accept(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		CustomerView customer = this.customerTenants.customer(user.organizationId());
		try {
			this.amendments.accept(customer.id(), customer.name(), id, Actor.of(user));
		}
		catch (AmendmentRejectedException ex) {
			// the customer took back roles since: nothing would be left
			throw new ConflictException(ex.messageKey());
		}
		redirect.addFlashAttribute("flash", "delegation.amendment.flash.accepted");
		return "redirect:/customer/partners";
	}

	@PostMapping("/customer/partners/delegated-admin/amendments/{id}/refuse")
	String refuse(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		CustomerView customer = this.customerTenants.customer(user.organizationId());
		this.amendments.refuse(customer.id(), customer.name(), id, Actor.of(user));
		redirect.addFlashAttribute("flash", "delegation.amendment.flash.refused");
		return "redirect:/customer/partners";
	}

}
