package com.partnerportal.availability.web;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.platform.CloudInstance;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public page, generated from the registry: which partner feature is available in
 * which cloud instance, and why not (and when) where it is not. No sign-in needed.
 */
@Controller
class PublicAvailabilityController {

	static final String VIEW_AVAILABILITY = "availability";

	private final FeatureAvailability availability;

	PublicAvailabilityController(FeatureAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/availability")
	String show(Model model) {
		model.addAttribute("matrix", this.availability.matrix());
		model.addAttribute("cloudInstances", CloudInstance.values());
		model.addAttribute("features", PartnerFeature.values());
		return VIEW_AVAILABILITY;
	}

}
