package com.partnerportal.onboarding.web;

import java.util.UUID;

import com.partnerportal.onboarding.ApplicationDetail;
import com.partnerportal.onboarding.ApplicationField;
import com.partnerportal.onboarding.ApplicationSearch;
import com.partnerportal.onboarding.ApplicationState;
import com.partnerportal.onboarding.PartnerApplications;
import com.partnerportal.onboarding.RejectionReason;
import com.partnerportal.onboarding.web.ReviewForms.ApproveForm;
import com.partnerportal.onboarding.web.ReviewForms.ChangesRequestForm;
import com.partnerportal.onboarding.web.ReviewForms.RejectForm;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

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
 * The back office reviews applications to join: a list with filters, an application's
 * page (flags, changes made, decision forms), and the three decisions, each audited.
 * Deciding is a POST, so only back-office admins may (support agents read).
 */
@Controller
@RequestMapping("/admin/applications")
class AdminApplicationController {

	static final String VIEW_LIST = "admin/applications";

	static final String VIEW_DETAIL = "admin/application-detail";

	static final int PAGE_SIZE = 25;

	private final PartnerApplications applications;

	AdminApplicationController(PartnerApplications applications) {
		this.applications = applications;
	}

	@GetMapping
	String list(@RequestParam(required = false) ApplicationState state,
			@RequestParam(required = false) CloudInstance instance,
			@RequestParam(defaultValue = "false") boolean flagged, @RequestParam(required = false) String q,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		String text = (q != null && q.length() <= 200) ? q.strip() : "";
		model.addAttribute("applications",
				this.applications.search(new ApplicationSearch(state, instance, flagged, text), pageable));
		model.addAttribute("state", state);
		model.addAttribute("instance", instance);
		model.addAttribute("flagged", flagged);
		model.addAttribute("q", text);
		model.addAttribute("states", ApplicationState.values());
		model.addAttribute("instances", CloudInstance.values());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		ApplicationDetail application = this.applications.detail(id);
		model.addAttribute("approveForm", ApproveForm.of(application));
		model.addAttribute("rejectForm", RejectForm.empty());
		model.addAttribute("changesRequestForm", ChangesRequestForm.empty());
		return detailPage(application, model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser reviewer, @PathVariable UUID id,
			@ModelAttribute("approveForm") ApproveForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.applications.approve(Actor.of(reviewer), id, ApplicationForm.chosenPrograms(form.programs()),
						form.chosenServices());
				return done(id, "onboarding.review.flash.approved", redirect);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
				response.setStatus(HttpStatus.CONFLICT.value());
				return rejected(id, model, "approveForm");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return rejected(id, model, "approveForm");
	}

	@PostMapping("/{id}/reject")
	String reject(@AuthenticationPrincipal PortalUser reviewer, @PathVariable UUID id,
			@ModelAttribute("rejectForm") RejectForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.applications.reject(Actor.of(reviewer), id, form.reasonOrNull(), form.note().strip());
				return done(id, "onboarding.review.flash.rejected", redirect);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
				response.setStatus(HttpStatus.CONFLICT.value());
				return rejected(id, model, "rejectForm");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return rejected(id, model, "rejectForm");
	}

	@PostMapping("/{id}/changes")
	String requestChanges(@AuthenticationPrincipal PortalUser reviewer, @PathVariable UUID id,
			@ModelAttribute("changesRequestForm") ChangesRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (!result.hasErrors()) {
			try {
				this.applications.requestChanges(Actor.of(reviewer), id, form.chosenFields(), form.note().strip());
				return done(id, "onboarding.review.flash.changes", redirect);
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.arguments(), null);
				response.setStatus(HttpStatus.CONFLICT.value());
				return rejected(id, model, "changesRequestForm");
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return rejected(id, model, "changesRequestForm");
	}

	/**
	 * The page again with the rejected form's errors, and the other forms empty.
	 */
	private String rejected(UUID id, Model model, String rejectedForm) {
		ApplicationDetail application = this.applications.detail(id);
		if (!"approveForm".equals(rejectedForm)) {
			model.addAttribute("approveForm", ApproveForm.of(application));
		}
		if (!"rejectForm".equals(rejectedForm)) {
			model.addAttribute("rejectForm", RejectForm.empty());
		}
		if (!"changesRequestForm".equals(rejectedForm)) {
			model.addAttribute("changesRequestForm", ChangesRequestForm.empty());
		}
		return detailPage(application, model);
	}

	private String detailPage(ApplicationDetail application, Model model) {
		model.addAttribute("partnerApplication", application);
		model.addAttribute("domainIsPartner",
				application.state() != ApplicationState.APPROVED && this.applications.domainIsPartner(application));
		model.addAttribute("reasons", RejectionReason.values());
		model.addAttribute("fields", ApplicationField.values());
		model.addAttribute("programs", Program.values());
		return VIEW_DETAIL;
	}

	private static String done(UUID id, String flash, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/admin/applications/" + id;
	}

}
