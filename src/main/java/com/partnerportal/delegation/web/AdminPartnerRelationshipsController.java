package com.partnerportal.delegation.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.PartnerRelationships;
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
 * The part of the back office's page of a partner that the delegation module owns: the
 * partner's delegated-admin relationships, current and past. Loaded into the partner's
 * page with htmx (only the list); opened as a link, a page of its own.
 */
@Controller
class AdminPartnerRelationshipsController {

	static final String VIEW = "admin/partner-relationships";

	static final int PAGE_SIZE = 10;

	private final PartnerRelationships relationships;

	private final Partners partners;

	AdminPartnerRelationshipsController(PartnerRelationships relationships, Partners partners) {
		this.relationships = relationships;
		this.partners = partners;
	}

	@GetMapping("/admin/partners/{partnerId}/relationships")
	String relationships(@PathVariable UUID partnerId,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("relationships", this.relationships.of(partnerId, pageable));
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
