package com.partnerportal.customer.web;

import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.DelegatedAdminView;
import com.partnerportal.delegation.DelegatedAdmins;
import com.partnerportal.delegation.OperatorEndReason;
import com.partnerportal.delegation.RelationshipAlreadyEndedException;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator ends a customer's delegated-admin relationship from the back office: a
 * reason, a confirmation, a POST. The partner loses access on its next request; both
 * sides are mailed and the activity log records it (listeners of the event).
 */
@Controller
class AdminRelationshipController {

	static final String VIEW_END = "admin/customer-relationship-end";

	private static final String PATH = "/admin/customers/{customerId}/relationships/{relationshipId}/end";

	private final Tenants tenants;

	private final DelegatedAdmins delegatedAdmins;

	AdminRelationshipController(Tenants tenants, DelegatedAdmins delegatedAdmins) {
		this.tenants = tenants;
		this.delegatedAdmins = delegatedAdmins;
	}

	@GetMapping(PATH)
	String initEndForm(@PathVariable UUID customerId, @PathVariable UUID relationshipId, Model model) {
		DelegatedAdminView relationship = relationship(customerId, relationshipId);
		if (!relationship.isActive()) {
			throw new RelationshipAlreadyEndedException();
		}
		model.addAttribute("endForm", EndRelationshipForm.empty());
		return showForm(this.tenants.customer(customerId), relationship, model);
	}

	@PostMapping(PATH)
	String processEndForm(@AuthenticationPrincipal PortalUser operator, @PathVariable UUID customerId,
			@PathVariable UUID relationshipId, @ModelAttribute("endForm") EndRelationshipForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		CustomerView customer = this.tenants.customer(customerId);
		form.validate(result);
		if (result.hasErrors()) {
			DelegatedAdminView relationship = relationship(customerId, relationshipId);
			if (!relationship.isActive()) {
				throw new RelationshipAlreadyEndedException();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(customer, relationship, model);
		}
		OperatorEndReason reason = form.reasonOrNull();
		DelegatedAdminView ended = this.delegatedAdmins.endByOperator(customerId, customer.name(), relationshipId,
				reason, form.note(), Actor.of(operator));
		redirect.addFlashAttribute("flash", "delegation.operatorEnd.flash.ended");
		redirect.addFlashAttribute("flashArgs", new Object[] { ended.partnerName(), customer.name() });
		return "redirect:/admin/customers/" + customerId;
	}

	private DelegatedAdminView relationship(UUID customerId, UUID relationshipId) {
		return this.delegatedAdmins.relationshipOf(customerId, relationshipId)
			.orElseThrow(() -> new NotFoundException("relationship"));
	}

	private String showForm(CustomerView customer, DelegatedAdminView relationship, Model model) {
		model.addAttribute("customer", customer);
		model.addAttribute("relationship", relationship);
		model.addAttribute("reasons", OperatorEndReason.values());
		return VIEW_END;
	}

}
