package com.partnerportal.review.web;

import java.util.UUID;

import com.partnerportal.platform.PortalUser;
import com.partnerportal.review.RejectReason;
import com.partnerportal.review.ReviewState;
import com.partnerportal.review.Reviews;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office moderates reviews: publish, or reject with a reason. Changes are for
 * back-office admins (the security configuration lets support agents read only).
 */
@Controller
class AdminReviewController {

	static final String VIEW_LIST = "admin/reviews";

	static final int PAGE_SIZE = 20;

	private final Reviews reviews;

	AdminReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/admin/reviews")
	String list(@RequestParam(required = false) ReviewState state, @PageableDefault(size = PAGE_SIZE) Pageable pageable,
			Model model) {
		model.addAttribute("rejectForm", new RejectForm(null, null));
		return showList(state, pageable, model);
	}

	@PostMapping("/admin/reviews/{id}/publish")
	String publish(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.reviews.publish(user, id);
		redirect.addFlashAttribute("flash", "review.flash.published");
		return "redirect:/admin/reviews";
	}

	@PostMapping("/admin/reviews/{id}/reject")
	String reject(@AuthenticationPrincipal PortalUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult result,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			this.reviews.requireKnown(id);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("rejecting", id);
			return showList(ReviewState.PENDING, pageable, model);
		}
		this.reviews.reject(user, id, form.reason(), form.note());
		redirect.addFlashAttribute("flash", "review.flash.rejected");
		return "redirect:/admin/reviews";
	}

	private String showList(ReviewState state, Pageable pageable, Model model) {
		ReviewState shown = (state != null) ? state : ReviewState.PENDING;
		model.addAttribute("state", shown);
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("rejectReasons", RejectReason.values());
		model.addAttribute("reviews", this.reviews.forModeration(shown, pageable));
		return VIEW_LIST;
	}

}
