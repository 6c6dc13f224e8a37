package com.partnerportal.customer.web;

import java.util.List;
import java.util.UUID;

import com.partnerportal.customer.CustomerDirectory;
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
 * Two parts of the back office's page of a partner that the customer module owns: the
 * partner's customers and the subscriptions it is Partner of Record for. The partner's
 * page loads each with htmx (only the list); opened as a link (without JavaScript, or a
 * next page) each is a page of its own.
 */
@Controller
class AdminPartnerCustomersController {

	static final String VIEW_CUSTOMERS = "admin/partner-customers";

	static final String VIEW_PARTNER_OF_RECORD = "admin/partner-of-record";

	static final String LIST = " :: list";

	static final int PAGE_SIZE = 10;

	private final CustomerDirectory directory;

	private final Partners partners;

	AdminPartnerCustomersController(CustomerDirectory directory, Partners partners) {
		this.directory = directory;
		this.partners = partners;
	}

	@GetMapping("/admin/partners/{partnerId}/customers")
	String customers(@PathVariable UUID partnerId, @RequestHeader(name = "HX-Request", required = false) String htmx,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("customers", this.directory.customersOfPartner(partnerId, pageable));
		return view(VIEW_CUSTOMERS, partnerId, htmx, model);
	}

	@GetMapping("/admin/partners/{partnerId}/partner-of-record")
	String partnerOfRecord(@PathVariable UUID partnerId,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		model.addAttribute("subscriptions", this.directory.partnerOfRecordOf(partnerId, pageable));
		return view(VIEW_PARTNER_OF_RECORD, partnerId, htmx, model);
	}

	private String view(String view, UUID partnerId, String htmx, Model model) {
		model.addAttribute("partnerId", partnerId);
		if (htmx != null) {
			return view + LIST;
		}
		String name = this.partners.names(List.of(partnerId)).get(partnerId);
		if (name == null) {
			throw new NotFoundException("partner");
		}
		model.addAttribute("partnerName", name);
		return view;
	}

}
