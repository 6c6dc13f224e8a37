package com.partnerportal.review.web;

import java.util.UUID;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.review.Reviews;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer admin's reviews: the partners it may review, its reviews and their
 * moderation, and the form to review one partner.
 */
@Controller
class CustomerReviewController {

	static final String VIEW_LIST = "review/customer-reviews";

	static final String VIEW_FORM = "review/review-form";

	private final Reviews reviews;

	CustomerReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/customer/reviews")
	String list(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("reviewable", this.reviews.reviewablePartners(user.organizationId()));
		model.addAttribute("reviews", this.reviews.ofCustomer(user.organizationId()));
		return VIEW_LIST;
	}

	@GetMapping("/customer/reviews/{partnerId}/new")
	String initCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID partnerId, Model model) {
		model.addAttribute("form", new ReviewForm(null, null));
		return showForm(user, partnerId, model);
	}

	@PostMapping("/customer/reviews/{partnerId}")
	String processCreationForm(@AuthenticationPrincipal PortalUser user, @PathVariable UUID partnerId,
			@Valid @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return showForm(user, partnerId, model);
		}
		this.reviews.write(user, partnerId, form.rating(), form.body().strip());
		redirect.addFlashAttribute("flash", "review.flash.written");
		return "redirect:/customer/reviews";
	}

	private String showForm(PortalUser user, UUID partnerId, Model model) {
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", this.reviews.partnerToReview(user, partnerId));
		return VIEW_FORM;
	}

}
