package com.partnerportal.support.web;

import java.util.UUID;

import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.support.ServiceRequestCategory;
import com.partnerportal.support.ServiceRequestSeverity;
import com.partnerportal.support.ServiceRequestState;
import com.partnerportal.support.ServiceRequestView;
import com.partnerportal.support.ServiceRequests;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's service requests: list, new, detail with the conversation, reply, close. The
 * customer's admins and its partner's agents use the same pages; declared part of the
 * tenant's console for {@link TenantAction#SERVICE_REQUESTS}, so the tenant access check
 * has run before any of these handlers.
 */
@Controller
@TenantConsole(TenantAction.SERVICE_REQUESTS)
@RequestMapping("/tenants/{customerId}/service-requests")
class ServiceRequestController {

	static final String VIEW_LIST = "support/service-requests";

	static final String VIEW_FORM = "support/service-request-form";

	static final String VIEW_DETAIL = "support/service-request-detail";

	static final int PAGE_SIZE = 20;

	private final ServiceRequests serviceRequests;

	ServiceRequestController(ServiceRequests serviceRequests) {
		this.serviceRequests = serviceRequests;
	}

	@GetMapping
	String list(@PathVariable UUID customerId, @RequestParam(required = false) ServiceRequestState state,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("requests", this.serviceRequests.list(customerId, state, pageable));
		model.addAttribute("state", state);
		model.addAttribute("states", ServiceRequestState.values());
		return VIEW_LIST;
	}

	@GetMapping("/new")
	@TenantConsole(value = TenantAction.SERVICE_REQUESTS, changeForm = true)
	String initCreationForm(Model model) {
		model.addAttribute("requestForm", ServiceRequestForm.empty());
		return showForm(model);
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@Valid @ModelAttribute("requestForm") ServiceRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(model);
		}
		ServiceRequestView opened = this.serviceRequests.open(user, customerId, form.toCommand());
		redirect.addFlashAttribute("flash", "serviceRequest.flash.opened");
		redirect.addFlashAttribute("flashArgs", new Object[] { opened.reference() });
		return "redirect:/tenants/" + customerId + "/service-requests/" + opened.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("replyForm", ReplyForm.empty());
		return showDetail(customerId, id, model);
	}

	@PostMapping("/{id}/replies")
	String processReplyForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@PathVariable UUID id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showDetail(customerId, id, model);
		}
		this.serviceRequests.reply(user, customerId, id, form.body());
		redirect.addFlashAttribute("flash", "serviceRequest.flash.replied");
		return "redirect:/tenants/" + customerId + "/service-requests/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.serviceRequests.close(user, customerId, id);
		redirect.addFlashAttribute("flash", "serviceRequest.flash.closed");
		return "redirect:/tenants/" + customerId + "/service-requests/" + id;
	}

	private String showForm(Model model) {
		model.addAttribute("categories", ServiceRequestCategory.values());
		model.addAttribute("severities", ServiceRequestSeverity.values());
		return VIEW_FORM;
	}

	private String showDetail(UUID customerId, UUID id, Model model) {
		model.addAttribute("detail", this.serviceRequests.get(customerId, id));
		return VIEW_DETAIL;
	}

}
