package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.MailboxView;
import com.partnerportal.tenantadmin.Mailboxes;
import com.partnerportal.tenantadmin.TenantAdminRejectedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's mailboxes: list, set up one for a user who has none, remove.
 */
@Controller
@TenantConsole(TenantAction.MAILBOXES)
class MailboxController {

	static final String VIEW_LIST = "tenant/mailboxes";

	static final String VIEW_FORM = "tenant/mailbox-form";

	static final String VIEW_REMOVE = "tenant/mailbox-remove";

	static final int PAGE_SIZE = 20;

	private final Mailboxes mailboxes;

	MailboxController(Mailboxes mailboxes) {
		this.mailboxes = mailboxes;
	}

	@GetMapping("/tenants/{customerId}/mailboxes")
	String list(@PathVariable UUID customerId, @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("mailboxes", this.mailboxes.list(customerId, pageable));
		return VIEW_LIST;
	}

	@GetMapping("/tenants/{customerId}/mailboxes/new")
	@TenantConsole(value = TenantAction.MAILBOXES, changeForm = true)
	String initCreationForm(@PathVariable UUID customerId, Model model) {
		model.addAttribute("mailboxForm", MailboxForm.empty());
		return showForm(customerId, model);
	}

	@PostMapping("/tenants/{customerId}/mailboxes")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@Valid @ModelAttribute("mailboxForm") MailboxForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.mailboxes.create(customerId, form.toCommand(), user);
				redirect.addFlashAttribute("flash", "tenant.mailbox.flash.created");
				redirect.addFlashAttribute("flashArgs", new Object[] { this.mailboxes.get(customerId, id).address() });
				return "redirect:/tenants/" + customerId + "/mailboxes";
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(customerId, model);
	}

	@GetMapping("/tenants/{customerId}/mailboxes/{id}/remove")
	@TenantConsole(value = TenantAction.MAILBOXES, changeForm = true)
	String confirmRemoval(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("mailbox", this.mailboxes.get(customerId, id));
		return VIEW_REMOVE;
	}

	@PostMapping("/tenants/{customerId}/mailboxes/{id}/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		MailboxView mailbox = this.mailboxes.get(customerId, id);
		this.mailboxes.remove(customerId, id, user);
		redirect.addFlashAttribute("flash", "tenant.mailbox.flash.removed");
		redirect.addFlashAttribute("flashArgs", new Object[] { mailbox.address() });
		return "redirect:/tenants/" + customerId + "/mailboxes";
	}

	private String showForm(UUID customerId, Model model) {
		model.addAttribute("users", this.mailboxes.usersWithoutMailbox(customerId));
		return VIEW_FORM;
	}

}
