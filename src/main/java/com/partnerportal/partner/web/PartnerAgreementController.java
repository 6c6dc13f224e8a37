package com.partnerportal.partner.web;

import java.util.Arrays;
import java.util.List;

import com.partnerportal.partner.AgreementVersionView;
import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.partner.PartnerEnrollments;
import com.partnerportal.partner.PartnerRole;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Partner Agreement in the portal: the current version's text in the reader's
 * language; a partner admin signs it (or accepts a newer version) and asks to enrol in a
 * program; other roles read that their admin signs.
 */
@Controller
class PartnerAgreementController {

	static final String VIEW_AGREEMENT = "partner/agreement";

	static final String ADMIN = "hasRole('PARTNER_ADMIN')";

	private final Partners partners;

	private final PartnerAgreements agreements;

	private final PartnerEnrollments enrollments;

	PartnerAgreementController(Partners partners, PartnerAgreements agreements, PartnerEnrollments enrollments) {
		this.partners = partners;
		this.agreements = agreements;
		this.enrollments = enrollments;
	}

	@GetMapping("/partner/agreement")
	String show(@AuthenticationPrincipal PortalUser user, Model model) {
		AgreementVersionView current = this.agreements.current().orElse(null);
		model.addAttribute("acceptance", new AgreementAcceptanceForm((current != null) ? current.id() : null, null));
		model.addAttribute("enrollment", new EnrollmentRequestForm(null));
		return page(user, current, model);
	}

	@PostMapping("/partner/agreement/accept")
	@PreAuthorize(ADMIN)
	String accept(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("acceptance") AgreementAcceptanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.agreements.accept(user, form.versionId());
				redirect.addFlashAttribute("flash", "partner.agreement.flash.accepted");
				return "redirect:/partner/agreement";
			}
			catch (ConflictException ex) {
				result.rejectValue("versionId", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("enrollment", new EnrollmentRequestForm(null));
		return page(user, this.agreements.current().orElse(null), model);
	}

	@PostMapping("/partner/agreement/enrollment-requests")
	@PreAuthorize(ADMIN)
	String requestEnrollment(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("enrollment") EnrollmentRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.enrollments.request(user, form.program());
				redirect.addFlashAttribute("flash", "partner.enrollment.flash.requested");
				return "redirect:/partner/agreement";
			}
			catch (ConflictException ex) {
				result.rejectValue("program", ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		AgreementVersionView current = this.agreements.current().orElse(null);
		model.addAttribute("acceptance", new AgreementAcceptanceForm((current != null) ? current.id() : null, null));
		return page(user, current, model);
	}

	private String page(PortalUser user, AgreementVersionView current, Model model) {
		PartnerView partner = this.partners.partner(user.organizationId());
		model.addAttribute("partner", partner);
		model.addAttribute("current", current);
		model.addAttribute("acceptedCurrent", current != null && current.label().equals(partner.agreementVersion()));
		model.addAttribute("partnerAdmin", user.hasRole(PartnerRole.PARTNER_ADMIN.name()));
		model.addAttribute("requests", this.enrollments.requestsOf(partner.id()));
		List<Program> open = Arrays.stream(Program.values()).filter((p) -> !partner.programs().contains(p)).toList();
		model.addAttribute("programsToRequest", open);
		return VIEW_AGREEMENT;
	}

}
