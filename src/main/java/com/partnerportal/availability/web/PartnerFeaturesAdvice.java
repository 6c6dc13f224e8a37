package com.partnerportal.availability.web;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeatures;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.PortalUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives a partner user's pages {@code partnerFeatures}: the partner's cloud instance and
 * each feature's availability there, so that a switched-off feature's button and form are
 * shown disabled with the reason instead of vanishing. Read from memory
 * ({@link FeatureAvailability}).
 */
@ControllerAdvice(basePackages = { "com.partnerportal.invitation.web", "com.partnerportal.customer.web" })
class PartnerFeaturesAdvice {

	private final FeatureAvailability availability;

	PartnerFeaturesAdvice(FeatureAvailability availability) {
		this.availability = availability;
	}

	@ModelAttribute
	void partnerFeatures(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.kind() == AccountKind.PARTNER_USER && user.organizationId() != null) {
			PartnerFeatures features = this.availability.forPartner(user.organizationId());
			model.addAttribute("partnerFeatures", features);
		}
	}

}
