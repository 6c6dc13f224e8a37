package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.delegation.ConsoleAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.TenantAdminRejectedException;
import com.partnerportal.tenantadmin.TenantUserView;
import com.partnerportal.tenantadmin.TenantUsers;
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
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A tenant's users: list, add, show, edit (name and licenses), remove. Part of the
 * tenant's console ({@link TenantConsole}): the tenant access check for
 * {@link TenantAction#ADMINISTER} has run before every handler.
 */
@Controller
@TenantConsole(TenantAction.USERS)
class TenantUserController {

	static final String VIEW_LIST = "tenant/users";

	static final String VIEW_FORM = "tenant/user-form";

	static final String VIEW_DETAIL = "tenant/user-detail";

	static final String VIEW_REMOVE = "tenant/user-remove";

	static final int PAGE_SIZE = 20;

	private final TenantUsers users;

	TenantUserController(TenantUsers users) {
		this.users = users;
	}

	/**
	 * The console's entry: the first area the person may look at (the tenant access check
	 * left what it may do in the request).
	 */
	@GetMapping("/tenants/{customerId}")
	@TenantConsole(value = TenantAction.USERS, entry = true)
	String console(@PathVariable UUID customerId,
			@RequestAttribute(ConsoleAccess.REQUEST_ATTRIBUTE) ConsoleAccess access) {
		String area = switch (access.firstArea()) {
			case USERS -> "users";
			case GROUPS -> "groups";
			case MAILBOXES -> "mailboxes";
			case DATA_MIGRATIONS -> "migrations";
			case SERVICE_REQUESTS -> "service-requests";
		};
		return "redirect:/tenants/" + customerId + "/" + area;
	}

	@GetMapping("/tenants/{customerId}/users")
	String list(@ModelAttribute(name = "tenant", binding = false) CustomerView tenant,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("users", this.users.list(tenant, pageable));
		return VIEW_LIST;
	}

	@GetMapping("/tenants/{customerId}/users/new")
	@TenantConsole(value = TenantAction.USERS, changeForm = true)
	String initCreationForm(@PathVariable UUID customerId, Model model) {
		model.addAttribute("userForm", TenantUserForm.empty());
		return showForm(customerId, model);
	}

	@PostMapping("/tenants/{customerId}/users")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@Valid @ModelAttribute("userForm") TenantUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.users.add(customerId, form.toCommand(), user);
				redirect.addFlashAttribute("flash", "tenant.user.flash.added");
				redirect.addFlashAttribute("flashArgs", new Object[] { this.users.get(customerId, id).address() });
				return "redirect:/tenants/" + customerId + "/users";
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(customerId, model);
	}

	@GetMapping("/tenants/{customerId}/users/{id}")
	String detail(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("detail", this.users.detail(customerId, id));
		return VIEW_DETAIL;
	}

	@GetMapping("/tenants/{customerId}/users/{id}/edit")
	@TenantConsole(value = TenantAction.USERS, changeForm = true)
	String initUpdateForm(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		TenantUserView user = this.users.get(customerId, id);
		model.addAttribute("userForm", TenantUserEditForm.of(user));
		model.addAttribute("user", user);
		return showForm(customerId, model);
	}

	@PostMapping("/tenants/{customerId}/users/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@PathVariable UUID id, @Valid @ModelAttribute("userForm") TenantUserEditForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		TenantUserView existing = this.users.get(customerId, id);
		if (!result.hasErrors()) {
			try {
				this.users.change(customerId, id, form.toCommand(), user);
				redirect.addFlashAttribute("flash", "tenant.user.flash.changed");
				redirect.addFlashAttribute("flashArgs", new Object[] { existing.address() });
				return "redirect:/tenants/" + customerId + "/users/" + id;
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("user", existing);
		return showForm(customerId, model);
	}

	@GetMapping("/tenants/{customerId}/users/{id}/remove")
	@TenantConsole(value = TenantAction.USERS, changeForm = true)
	String confirmRemoval(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("detail", this.users.detail(customerId, id));
		return VIEW_REMOVE;
	}

	@PostMapping("/tenants/{customerId}/users/{id}/remove")
	String remove(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		String address = this.users.get(customerId, id).address();
		this.users.remove(customerId, id, user);
		redirect.addFlashAttribute("flash", "tenant.user.flash.removed");
		redirect.addFlashAttribute("flashArgs", new Object[] { address });
		return "redirect:/tenants/" + customerId + "/users";
	}

	private String showForm(UUID customerId, Model model) {
		model.addAttribute("licenses", this.users.licenseOptions(customerId));
		return VIEW_FORM;
	}

}
