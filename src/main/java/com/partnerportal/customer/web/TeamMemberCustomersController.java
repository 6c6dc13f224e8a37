package com.partnerportal.customer.web;

import java.util.UUID;

import com.partnerportal.customer.Tenants;
import com.partnerportal.partner.AgentCustomerLimits;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A partner admin limits a user of its team to named customers (page by page of the
 * partner's customers, with a search: a large partner has thousands), or lifts the limit.
 * Part of the team pages; here because the partner's customers are this module's. Only
 * partner admins, for users of their own team (checked again by
 * {@link AgentCustomerLimits}); only the partner's own customers may be named.
 */
@Controller
@PreAuthorize("hasRole('PARTNER_ADMIN')")
class TeamMemberCustomersController {

	static final String VIEW = "partner/team-member-customers";

	private final Tenants customerTenants;

	private final AgentCustomerLimits limits;

	private final TeamMemberCustomersPage page;

	TeamMemberCustomersController(Tenants customerTenants, AgentCustomerLimits limits, TeamMemberCustomersPage page) {
		this.customerTenants = customerTenants;
		this.limits = limits;
		this.page = page;
	}

	@GetMapping("/partner/team/{id}/customers")
	String initLimitsForm(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@RequestParam(required = false) String q,
			@PageableDefault(size = TeamMemberCustomersPage.PAGE_SIZE) Pageable pageable, Model model) {
		String search = (q != null && q.length() <= CustomerLimitsForm.MAX_SEARCH) ? q : null;
		TeamMemberCustomersPage.Content content = this.page.read(admin, id, search, pageable);
		model.addAttribute("limitsForm", CustomerLimitsForm.of(content.member().chosen()));
		return page(content, search, model);
	}

	@PostMapping("/partner/team/{id}/customers")
	String processLimitsForm(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@ModelAttribute("limitsForm") CustomerLimitsForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			form.validate(result);
		}
		if (!result.hasErrors() && !this.customerTenants.customersOfPartnerAmong(admin.organizationId(), form.shown())
			.containsAll(form.shownIds())) {
			// an id of another partner's customer, or of none: forged
			result.rejectValue("customerIds", "access.limits.foreignCustomer");
		}
		if (!result.hasErrors()) {
			try {
				this.limits.limit(admin, id, form.shownIds(), form.chosenIds());
				redirect.addFlashAttribute("flash", "access.limits.flash.saved");
				return "redirect:" + pageLink(id, form.q(), form.page());
			}
			catch (ConflictException ex) {
				result.rejectValue("customerIds", ex.messageKey());
				response.setStatus(HttpStatus.CONFLICT.value());
				return rejected(admin, id, form, model);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return rejected(admin, id, form, model);
	}

	@PostMapping("/partner/team/{id}/customers/all")
	String unlimit(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
		this.limits.unlimit(admin, id);
		redirect.addFlashAttribute("flash", "access.limits.flash.unlimited");
		return "redirect:/partner/team/" + id + "/customers";
	}

	/**
	 * The page again, as it was shown, with the form's errors.
	 */
	private String rejected(PortalUser admin, UUID id, CustomerLimitsForm form, Model model) {
		String search = (form.q() != null && form.q().length() <= CustomerLimitsForm.MAX_SEARCH) ? form.q() : null;
		int number = (form.page() != null && form.page() >= 0) ? form.page() : 0;
		return page(this.page.read(admin, id, search, PageRequest.of(number, TeamMemberCustomersPage.PAGE_SIZE)),
				search, model);
	}

	private static String page(TeamMemberCustomersPage.Content content, String search, Model model) {
		model.addAttribute("member", content.member().member());
		model.addAttribute("limited", content.member().limited());
		model.addAttribute("chosen", content.member().chosen());
		model.addAttribute("customers", content.customers());
		model.addAttribute("q", search);
		return VIEW;
	}

	private static String pageLink(UUID id, String q, Integer page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/partner/team/{id}/customers");
		if (q != null && !q.isBlank() && q.length() <= CustomerLimitsForm.MAX_SEARCH) {
			link.queryParam("q", q);
		}
		if (page != null && page > 0) {
			link.queryParam("page", page);
		}
		return link.encode().buildAndExpand(id).toUriString();
	}

}
