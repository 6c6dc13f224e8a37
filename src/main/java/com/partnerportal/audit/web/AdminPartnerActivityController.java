package com.partnerportal.audit.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.audit.ActivitySearch;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.NotFoundException;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The part of the back office's page of a partner that the activity log owns: the
 * partner's latest activity, newest first. Loaded into the partner's page with htmx (only
 * the list); opened as a link, a page of its own (the whole log, filtered by the partner,
 * is one link further).
 */
@Controller
class AdminPartnerActivityController {

	static final String VIEW = "admin/partner-activity";

	static final int PAGE_SIZE = 10;

	private final ActivityLogPage page;

	private final Partners partners;

	AdminPartnerActivityController(ActivityLogPage page, Partners partners) {
		this.page = page;
		this.partners = partners;
	}

	@GetMapping("/admin/partners/{partnerId}/activity")
	String activity(@PathVariable UUID partnerId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		ActivityLogPage.Content content = this.page.read(new ActivitySearch(null, partnerId, null, null, null, null),
				pageable);
		model.addAttribute("entries", content.entries());
		model.addAttribute("customerNames", content.customerNames());
		model.addAttribute("partnerId", partnerId);
		if (htmx != null) {
			return VIEW + " :: list";
		}
		String name = this.partners.names(List.of(partnerId)).get(partnerId);
		if (name == null) {
			throw new NotFoundException("partner");
		}
		model.addAttribute("partnerName", name);
		return VIEW;
	}

}
