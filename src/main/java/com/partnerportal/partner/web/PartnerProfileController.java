package com.partnerportal.partner.web;

import com.partnerportal.partner.PartnerProfiles;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletResponse;

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
 * A partner admin edits its company profile: the name shown, the website and the contact.
 */
@Controller
@PreAuthorize("hasRole('PARTNER_ADMIN')")
class PartnerProfileController {

	static final String VIEW = "partner/profile";

	private final PartnerProfiles profiles;

	PartnerProfileController(PartnerProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/partner/profile")
	String initUpdateForm(@AuthenticationPrincipal PortalUser admin, Model model) {
		model.addAttribute("profileForm", ProfileForm.of(this.profiles.profile(admin)));
		return VIEW;
	}

	@PostMapping("/partner/profile")
	String processUpdateForm(@AuthenticationPrincipal PortalUser admin, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, RedirectAttributes redirect, HttpServletResponse response) {
		form.validate(result);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return VIEW;
		}
		this.profiles.change(admin, form.toChange());
		redirect.addFlashAttribute("flash", "partner.profile.flash.saved");
		return "redirect:/partner/profile";
	}

}
