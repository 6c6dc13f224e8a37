package com.partnerportal.review.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.partner.Partners;
import com.partnerportal.platform.NotFoundException;
import com.partnerportal.review.Reviews;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A listed partner's published reviews: an htmx fragment the marketplace's listing page
 * loads under its own "Reviews" heading, and, opened as a link (no JavaScript), a page of
 * its own.
 */
@Controller
class PublicReviewsController {

	static final String VIEW = "review/published";

	static final String VIEW_FRAGMENT = VIEW + " :: reviews";

	private final Reviews reviews;

	private final Partners partners;

	PublicReviewsController(Reviews reviews, Partners partners) {
		this.reviews = reviews;
		this.partners = partners;
	}

	@GetMapping("/marketplace/partners/{partnerId}/reviews")
	String published(@PathVariable UUID partnerId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("summary", this.reviews.published(partnerId));
		if (htmx != null) {
			return VIEW_FRAGMENT;
		}
		String name = this.partners.names(List.of(partnerId)).get(partnerId);
		if (name == null) {
			throw new NotFoundException("partner");
		}
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("partnerName", name);
		return VIEW;
	}

}
