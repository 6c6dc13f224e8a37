package com.partnerportal.marketplace.web;

import java.util.Optional;

import com.partnerportal.marketplace.ContactPreference;
import com.partnerportal.marketplace.CustomerSize;
import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.ListingInputException;
import com.partnerportal.marketplace.ListingStatus;
import com.partnerportal.marketplace.Listings;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.partner.PartnerView;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.CloudInstance;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner admin's marketplace listing: the form (prefilled with the draft in review, or
 * what is published), the back office's reasons next to the fields they name, and sending
 * it to review.
 */
@Controller
@RequestMapping("/partner/listing")
@PreAuthorize("hasRole('PARTNER_ADMIN')")
class PartnerListingController {

	static final String VIEW = "partner/listing";

	private final Listings listings;

	private final Partners partners;

	PartnerListingController(Listings listings, Partners partners) {
		this.listings = listings;
		this.partners = partners;
	}

	@GetMapping
	String initForm(@AuthenticationPrincipal PortalUser user, Model model) {
		Optional<ListingStatus> status = this.listings.ofPartner(user.organizationId());
		ListingForm form = status.map((s) -> (s.draft() != null) ? s.draft() : s.published())
			.map(ListingForm::of)
			.orElseGet(ListingForm::empty);
		model.addAttribute("listingForm", form);
		return page(user, status.orElse(null), form, model);
	}

	@PostMapping
	String processForm(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("listingForm") ListingForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				ListingStatus status = this.listings.submit(user, form.toDraft());
				redirect.addFlashAttribute("flash", status.isPublished() ? "marketplace.listing.flash.editSubmitted"
						: "marketplace.listing.flash.submitted");
				return "redirect:/partner/listing";
			}
			catch (ListingInputException ex) {
				result.rejectValue(ex.field(), ex.messageKey(), ex.messageKey());
			}
			catch (ConflictException ex) {
				result.reject(ex.messageKey(), ex.messageKey());
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(user, this.listings.ofPartner(user.organizationId()).orElse(null), form, model);
	}

	private String page(PortalUser user, ListingStatus status, ListingForm form, Model model) {
		model.addAttribute("chosen", form.chosen());
		PartnerView partner = this.partners.partner(user.organizationId());
		model.addAttribute("partner", partner);
		model.addAttribute("status", status);
		model.addAttribute("services", partner.authorizedServiceCodes().stream().sorted().toList());
		model.addAttribute("industries", Industry.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("languages", SpokenLanguage.values());
		model.addAttribute("cloudInstances", CloudInstance.values());
		model.addAttribute("customerSizes", CustomerSize.values());
		model.addAttribute("contactPreferences", ContactPreference.values());
		return VIEW;
	}

}
