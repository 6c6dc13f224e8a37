package com.partnerportal.availability.web;

import com.partnerportal.availability.AvailabilityChangeRejectedException;
import com.partnerportal.availability.AvailabilityState;
import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.platform.Actor;
import com.partnerportal.platform.CloudInstance;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's page of the registry: the matrix of features by cloud instance, and
 * the form that edits the pair picked in it. Changing is for back-office admins only (the
 * security configuration refuses every other POST under {@code /admin}).
 */
@Controller
class AvailabilityAdminController {

	static final String VIEW_MATRIX = "admin/availability";

	private final FeatureAvailability availability;

	AvailabilityAdminController(FeatureAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/admin/availability")
	String initUpdateForm(@RequestParam(required = false) CloudInstance cloudInstance,
			@RequestParam(required = false) PartnerFeature feature, Model model) {
		if (cloudInstance != null && feature != null) {
			model.addAttribute("availabilityForm",
					AvailabilityForm.of(this.availability.status(feature, cloudInstance)));
		}
		return showMatrix(model);
	}

	@PostMapping("/admin/availability")
	String processUpdateForm(@AuthenticationPrincipal PortalUser user,
			@Valid @ModelAttribute("availabilityForm") AvailabilityForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				this.availability.change(Actor.of(user), form.toChange());
				redirect.addFlashAttribute("flash", "availability.flash.changed");
				redirect.addAttribute("cloudInstance", form.cloudInstance());
				redirect.addAttribute("feature", form.feature());
				return "redirect:/admin/availability";
			}
			catch (AvailabilityChangeRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return showMatrix(model);
	}

	private String showMatrix(Model model) {
		model.addAttribute("matrix", this.availability.matrix());
		model.addAttribute("cloudInstances", CloudInstance.values());
		model.addAttribute("features", PartnerFeature.values());
		model.addAttribute("states", AvailabilityState.values());
		return VIEW_MATRIX;
	}

}
