package com.partnerportal.customer.web;

import java.util.UUID;

import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.AmendmentRejectedException;
import com.partnerportal.delegation.DelegatedAdminAmendments;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner proposes an amendment of its delegated-admin relationship with one of its
 * customers: roles added or removed, an extension. Only the partner that holds the
 * relationship finds it (another partner's customer, or a customer it does not
 * administer, is not found); a new proposal replaces the open one.
 */
@Controller
class PartnerDelegatedAdminAmendmentController {

	static final String VIEW_FORM = "partner/delegated-admin-amendment";

	static final String SELLERS = "hasAnyRole('SALES_AGENT', 'PARTNER_ADMIN')";

	private final Tenants customerTenants;

	private final DelegatedAdminAmendments amendments;

	PartnerDelegatedAdminAmendmentController(Tenants customerTenants, DelegatedAdminAmendments amendments) {
		this.customerTenants = customerTenants;
		this.amendments = amendments;
	}

	/**
	 * The form, starting from the relationship as it is; {@code extend} proposes an
	 * extension.
	 */
	@GetMapping("/partner/customers/{customerId}/delegated-admin/amendment")
	@PreAuthorize(SELLERS)
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@RequestParam(defaultValue = "false") boolean extend, Model model) {
		DelegatedAdminView relationship = this.amendments.relationshipToAmend(user.organizationId(), customerId);
		model.addAttribute("form", DelegatedAdminAmendmentForm.startingFrom(relationship, extend));
		return showForm(user, customerId, relationship, model);
	}

	@PostMapping("/partner/customers/{customerId}/delegated-admin/amendment")
	@PreAuthorize(SELLERS)
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@ModelAttribute("form") DelegatedAdminAmendmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.amendments.propose(user.organizationId(), customerId, form.chosenRoles(), form.extensionDays(),
						Actor.of(user));
				redirect.addFlashAttribute("flash", "delegation.amendment.flash.proposed");
				return "redirect:/partner/customers/" + customerId;
			}
			catch (AmendmentRejectedException ex) {
				result.rejectValue(ex.reason().aboutExtension() ? "extensionDays" : "roles", ex.messageKey(),
						ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(user, customerId, this.amendments.relationshipToAmend(user.organizationId(), customerId),
				model);
	}

	private String showForm(PortalUser user, UUID customerId, DelegatedAdminView relationship, Model model) {
		model.addAttribute("customer", this.customerTenants.customerOfPartner(customerId, user.organizationId()));
		model.addAttribute("relationship", relationship);
		model.addAttribute("openAmendmentSince", this.amendments.openSince(relationship.id()).orElse(null));
		return VIEW_FORM;
	}

}
