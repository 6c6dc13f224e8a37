package com.partnerportal.review.web;

import java.util.UUID;

import com.partnerportal.review.Reviews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A listed partner's published reviews, as an htmx fragment the marketplace's listing
 * page loads.
 */
@Controller
class PublicReviewsController {

	static final String VIEW_FRAGMENT = "review/published :: reviews";

	private final Reviews reviews;

	PublicReviewsController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/marketplace/partners/{partnerId}/reviews")
	String published(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("summary", this.reviews.published(partnerId));
		return VIEW_FRAGMENT;
	}

}
