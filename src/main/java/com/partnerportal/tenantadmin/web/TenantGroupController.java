package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.GroupView;
import com.partnerportal.tenantadmin.TenantAdminRejectedException;
import com.partnerportal.tenantadmin.TenantGroups;
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
 * A tenant's groups: list, create, show with members, add and remove a member, delete.
 */
@Controller
@TenantConsole(TenantAction.GROUPS)
class TenantGroupController {

	static final String VIEW_LIST = "tenant/groups";

	static final String VIEW_FORM = "tenant/group-form";

	static final String VIEW_DETAIL = "tenant/group-detail";

	static final String VIEW_DELETE = "tenant/group-delete";

	static final int PAGE_SIZE = 20;

	private final TenantGroups groups;

	TenantGroupController(TenantGroups groups) {
		this.groups = groups;
	}

	@GetMapping("/tenants/{customerId}/groups")
	String list(@PathVariable UUID customerId, @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("groups", this.groups.list(customerId, pageable));
		return VIEW_LIST;
	}

	@GetMapping("/tenants/{customerId}/groups/new")
	@TenantConsole(value = TenantAction.GROUPS, changeForm = true)
	String initCreationForm(@PathVariable UUID customerId, Model model) {
		model.addAttribute("groupForm", new GroupForm(null));
		return VIEW_FORM;
	}

	@PostMapping("/tenants/{customerId}/groups")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@Valid @ModelAttribute("groupForm") GroupForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.groups.create(customerId, form.name(), user);
				redirect.addFlashAttribute("flash", "tenant.group.flash.created");
				return "redirect:/tenants/" + customerId + "/groups/" + id;
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW_FORM;
	}

	@GetMapping("/tenants/{customerId}/groups/{id}")
	String detail(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("memberForm", new GroupMemberForm(null));
		return showDetail(customerId, id, model);
	}

	@PostMapping("/tenants/{customerId}/groups/{id}/members")
	String addMember(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			@Valid @ModelAttribute("memberForm") GroupMemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.groups.addMember(customerId, id, form.userId(), user);
				redirect.addFlashAttribute("flash", "tenant.group.flash.member-added");
				return "redirect:/tenants/" + customerId + "/groups/" + id;
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showDetail(customerId, id, model);
	}

	@PostMapping("/tenants/{customerId}/groups/{id}/members/{userId}/remove")
	String removeMember(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			@PathVariable UUID userId, RedirectAttributes redirect) {
		this.groups.removeMember(customerId, id, userId, user);
		redirect.addFlashAttribute("flash", "tenant.group.flash.member-removed");
		return "redirect:/tenants/" + customerId + "/groups/" + id;
	}

	@GetMapping("/tenants/{customerId}/groups/{id}/delete")
	@TenantConsole(value = TenantAction.GROUPS, changeForm = true)
	String confirmDeletion(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("group", this.groups.get(customerId, id));
		return VIEW_DELETE;
	}

	@PostMapping("/tenants/{customerId}/groups/{id}/delete")
	String delete(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		GroupView group = this.groups.get(customerId, id);
		this.groups.delete(customerId, id, user);
		redirect.addFlashAttribute("flash", "tenant.group.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { group.name() });
		return "redirect:/tenants/" + customerId + "/groups";
	}

	private String showDetail(UUID customerId, UUID id, Model model) {
		model.addAttribute("detail", this.groups.detail(customerId, id));
		return VIEW_DETAIL;
	}

}
