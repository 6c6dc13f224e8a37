package com.partnerportal.review.web;

import java.util.UUID;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.review.Reviews;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The partner's published reviews, each answered once by a partner admin.
 */
@Controller
@PreAuthorize("hasRole('PARTNER_ADMIN')")
class PartnerReviewController {

	static final String VIEW_LIST = "review/partner-reviews";

	static final int PAGE_SIZE = 20;

	private final Reviews reviews;

	PartnerReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/partner/reviews")
	String list(@AuthenticationPrincipal PortalUser user, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			Model model) {
		model.addAttribute("answerForm", new AnswerForm(null));
		return showList(user, pageable, model);
	}

	@PostMapping("/partner/reviews/{id}/answer")
	String answer(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("answering", id);
			return showList(user, pageable, model);
		}
		this.reviews.answer(user, id, form.answer().strip());
		redirect.addFlashAttribute("flash", "review.flash.answered");
		return "redirect:/partner/reviews";
	}

	private String showList(PortalUser user, Pageable pageable, Model model) {
		model.addAttribute("reviews", this.reviews.ofPartner(user.organizationId(), pageable));
		return VIEW_LIST;
	}

}
