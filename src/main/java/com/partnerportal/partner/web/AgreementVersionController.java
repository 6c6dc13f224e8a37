package com.partnerportal.partner.web;

import com.partnerportal.partner.PartnerAgreements;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's Partner Agreement: its versions with how many partners accepted each,
 * and publishing a new one.
 */
@Controller
class AgreementVersionController {

	static final String VIEW_LIST = "admin/agreements";

	static final String VIEW_FORM = "admin/agreement-form";

	private final PartnerAgreements agreements;

	AgreementVersionController(PartnerAgreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/admin/agreements")
	String list(Model model) {
		model.addAttribute("versions", this.agreements.versions());
		return VIEW_LIST;
	}

	@GetMapping("/admin/agreements/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", AgreementVersionForm.empty());
		return VIEW_FORM;
	}

	@PostMapping("/admin/agreements")
	String processCreationForm(@AuthenticationPrincipal PortalUser admin,
			@Valid @ModelAttribute("form") AgreementVersionForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.agreements.publish(Actor.of(admin), form.toCommand());
				redirect.addFlashAttribute("flash", "admin.agreement.flash.published");
				return "redirect:/admin/agreements";
			}
			catch (ConflictException ex) {
				result.rejectValue("label", ex.messageKey(), ex.arguments(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return VIEW_FORM;
	}

}
