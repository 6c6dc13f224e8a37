package com.partnerportal.leads.web;

import java.util.UUID;

import com.partnerportal.leads.Leads;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The back office's lead figures: per partner (received, accepted, declined, expired,
 * open, median time to answer), and one partner's as an htmx fragment for its page.
 */
@Controller
class AdminLeadsController {

	static final String VIEW_LIST = "leads/admin-figures";

	static final String VIEW_FRAGMENT = "leads/admin-figures :: figures";

	static final int PAGE_SIZE = 25;

	private final Leads leads;

	AdminLeadsController(Leads leads) {
		this.leads = leads;
	}

	@GetMapping("/admin/leads")
	String list(@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("figures", this.leads.figuresByPartner(pageable));
		return VIEW_LIST;
	}

	@GetMapping("/admin/partners/{partnerId}/leads")
	String partnerFigures(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("partnerFigures", this.leads.figures(partnerId));
		return VIEW_FRAGMENT;
	}

}
