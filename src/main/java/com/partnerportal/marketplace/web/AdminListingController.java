package com.partnerportal.marketplace.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import com.partnerportal.marketplace.IllegalListingChangeException;
import com.partnerportal.marketplace.ListingField;
import com.partnerportal.marketplace.ListingReview;
import com.partnerportal.marketplace.Listings;
import com.partnerportal.marketplace.ReviewState;
import com.partnerportal.platform.PortalUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's review of marketplace listings: the queue (waiting, or sent back) and
 * a listing's page, where the draft is read beside what is published and approved or
 * rejected with reasons on named fields. Decisions are the back-office admin's (the URL
 * rules let support agents read only).
 */
@Controller
@RequestMapping("/admin/listings")
class AdminListingController {

	static final String VIEW_QUEUE = "admin/listings";

	static final String VIEW_REVIEW = "admin/listing-review";

	static final int PAGE_SIZE = 25;

	static final int MAX_REASON = 500;

	private final Listings listings;

	AdminListingController(Listings listings) {
		this.listings = listings;
	}

	@GetMapping
	String queue(@RequestParam(required = false) ReviewState state,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		ReviewState shown = (state == ReviewState.REJECTED) ? ReviewState.REJECTED : ReviewState.PENDING;
		model.addAttribute("listings", this.listings.queue(shown, pageable));
		model.addAttribute("state", shown);
		return VIEW_QUEUE;
	}

	@GetMapping("/{id}")
	String review(@PathVariable UUID id, Model model) {
		ListingReview review = this.listings.review(id);
		model.addAttribute("decision", ListingDecisionForm.of(review.listing().version()));
		return page(review, model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("decision") ListingDecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			model.addAttribute("decisionError", "marketplace.review.invalid");
			return rejected(id, model, response);
		}
		this.listings.approve(admin, id, form.version());
		redirect.addFlashAttribute("flash", "marketplace.review.flash.approved");
		return "redirect:/admin/listings/" + id;
	}

	@PostMapping("/{id}/reject")
	String reject(@AuthenticationPrincipal PortalUser admin, @PathVariable UUID id,
			@Valid @ModelAttribute("decision") ListingDecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Map<ListingField, String> reasonErrors = new EnumMap<>(ListingField.class);
		if (!result.hasErrors()) {
			for (Map.Entry<ListingField, String> reason : form.givenReasons().entrySet()) {
				if (reason.getValue() != null && reason.getValue().strip().length() > MAX_REASON) {
					reasonErrors.put(reason.getKey(), "marketplace.review.reason.tooLong");
				}
			}
		}
		if (!result.hasErrors() && reasonErrors.isEmpty()) {
			try {
				this.listings.reject(admin, id, form.version(), form.givenReasons());
				redirect.addFlashAttribute("flash", "marketplace.review.flash.rejected");
				return "redirect:/admin/listings/" + id;
			}
			catch (IllegalListingChangeException ex) {
				model.addAttribute("decisionError", ex.messageKey());
			}
		}
		else if (reasonErrors.isEmpty()) {
			// a forged field or version
			model.addAttribute("decisionError", "marketplace.review.invalid");
		}
		model.addAttribute("reasonErrors", reasonErrors);
		model.addAttribute("typedReasons", form.givenReasons());
		return rejected(id, model, response);
	}

	private String rejected(UUID id, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("formRejected", true);
		ListingReview review = this.listings.review(id);
		// the form as the reviewer sent it is not shown back when it was forged
		model.addAttribute("decision", ListingDecisionForm.of(review.listing().version()));
		return page(review, model);
	}

	private String page(ListingReview review, Model model) {
		if (!model.containsAttribute("reasonErrors")) {
			model.addAttribute("reasonErrors", Map.of());
		}
		model.addAttribute("review", review);
		model.addAttribute("listing", review.listing());
		model.addAttribute("fields", ListingField.values());
		return VIEW_REVIEW;
	}

}
