package com.partnerportal.delegation.web;

import com.partnerportal.delegation.DelegatedAdminTerms;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's list of delegated-admin relationships ending within 30 days, soonest
 * first (linked from the back office's home): one statement a page, no count.
 */
@Controller
class AdminEndingRelationshipsController {

	static final String VIEW = "admin/relationships-ending";

	static final int PAGE_SIZE = 20;

	private final DelegatedAdminTerms terms;

	AdminEndingRelationshipsController(DelegatedAdminTerms terms) {
		this.terms = terms;
	}

	@GetMapping("/admin/relationships/ending")
	String endingSoon(@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("relationships", this.terms.endingSoon(pageable));
		return VIEW;
	}

}
