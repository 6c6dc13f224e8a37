package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.DataMigrations;
import com.partnerportal.tenantadmin.Mailboxes;
import com.partnerportal.tenantadmin.SourceSystem;
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
 * A tenant's data migrations: list, request, show, cancel while only requested.
 */
@Controller
@TenantConsole(TenantAction.DATA_MIGRATIONS)
class DataMigrationController {

	static final String VIEW_LIST = "tenant/migrations";

	static final String VIEW_FORM = "tenant/migration-form";

	static final String VIEW_DETAIL = "tenant/migration-detail";

	static final int PAGE_SIZE = 20;

	private final DataMigrations migrations;

	private final Mailboxes mailboxes;

	DataMigrationController(DataMigrations migrations, Mailboxes mailboxes) {
		this.migrations = migrations;
		this.mailboxes = mailboxes;
	}

	@GetMapping("/tenants/{customerId}/migrations")
	String list(@PathVariable UUID customerId, @PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("migrations", this.migrations.list(customerId, pageable));
		return VIEW_LIST;
	}

	@GetMapping("/tenants/{customerId}/migrations/new")
	@TenantConsole(value = TenantAction.DATA_MIGRATIONS, changeForm = true)
	String initCreationForm(@PathVariable UUID customerId, Model model) {
		model.addAttribute("migrationForm", DataMigrationForm.empty());
		return showForm(customerId, model);
	}

	@PostMapping("/tenants/{customerId}/migrations")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId,
			@Valid @ModelAttribute("migrationForm") DataMigrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				UUID id = this.migrations.request(customerId, form.toCommand(), user);
				redirect.addFlashAttribute("flash", "tenant.migration.flash.requested");
				return "redirect:/tenants/" + customerId + "/migrations/" + id;
			}
			catch (TenantAdminRejectedException ex) {
				TenantAdminRejectionFields.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showForm(customerId, model);
	}

	@GetMapping("/tenants/{customerId}/migrations/{id}")
	String detail(@PathVariable UUID customerId, @PathVariable UUID id, Model model) {
		model.addAttribute("migration", this.migrations.get(customerId, id));
		return VIEW_DETAIL;
	}

	@PostMapping("/tenants/{customerId}/migrations/{id}/cancel")
	String cancel(@AuthenticationPrincipal PortalUser user, @PathVariable UUID customerId, @PathVariable UUID id,
			RedirectAttributes redirect) {
		this.migrations.cancel(customerId, id, user);
		redirect.addFlashAttribute("flash", "tenant.migration.flash.cancelled");
		return "redirect:/tenants/" + customerId + "/migrations/" + id;
	}

	private String showForm(UUID customerId, Model model) {
		model.addAttribute("sourceSystems", SourceSystem.values());
		model.addAttribute("mailboxes", this.mailboxes.all(customerId));
		return VIEW_FORM;
	}

}
