package com.partnerportal.support.web;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.customer.Tenants;
import com.partnerportal.platform.PortalUser;
import com.partnerportal.tenantadmin.BackOfficeDataMigration;
import com.partnerportal.tenantadmin.DataMigrations;
import com.partnerportal.tenantadmin.MigrationState;
import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customers' data migrations as the support team moves them on: scheduled, in
 * progress, completed, or failed. Linked from the queue and from a migration request.
 */
@Controller
@RequestMapping("/admin/support/migrations")
class SupportMigrationsController {

	static final String VIEW_LIST = "admin/support-migrations";

	static final int PAGE_SIZE = 25;

	private final DataMigrations migrations;

	private final Tenants customerTenants;

	SupportMigrationsController(DataMigrations migrations, Tenants customerTenants) {
		this.migrations = migrations;
		this.customerTenants = customerTenants;
	}

	@GetMapping
	String list(@RequestParam(required = false) MigrationState state, @RequestParam(required = false) UUID customer,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		return showList(state, customer, pageable, model);
	}

	private String showList(MigrationState state, UUID customer, Pageable pageable, Model model) {
		Slice<BackOfficeDataMigration> slice = this.migrations.forBackOffice(state, customer, pageable);
		Set<UUID> customerIds = new HashSet<>();
		slice.forEach((entry) -> customerIds.add(entry.migration().customerId()));
		model.addAttribute("migrations", slice);
		model.addAttribute("customerNames", this.customerTenants.names(customerIds));
		model.addAttribute("state", state);
		model.addAttribute("customer", customer);
		model.addAttribute("states", MigrationState.values());
		return VIEW_LIST;
	}

	@PostMapping("/{id}/state")
	ModelAndView moveOn(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("migrationStateForm") MigrationStateForm form, BindingResult result,
			@RequestParam(required = false) UUID customer, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// the list again, with what was wrong above it
			ModelAndView list = new ModelAndView(showList(null, customer, PageRequest.of(0, PAGE_SIZE), model),
					HttpStatus.UNPROCESSABLE_CONTENT);
			list.addAllObjects(model.asMap());
			return list;
		}
		this.migrations.moveOnByBackOffice(user, id, form.version(), form.state());
		redirect.addFlashAttribute("flash", "support.flash.migrationMoved");
		return new ModelAndView((customer != null) ? "redirect:/admin/support/migrations?customer=" + customer
				: "redirect:/admin/support/migrations");
	}

}
