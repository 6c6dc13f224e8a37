package com.partnerportal.marketplace.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.availability.FeatureAvailability;
import com.partnerportal.availability.PartnerFeature;
import com.partnerportal.catalog.Catalog;
import com.partnerportal.catalog.OfferView;
import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.MarketplaceListing;
import com.partnerportal.marketplace.MarketplaceSearch;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SearchOrder;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public marketplace: the search (a GET form, so every search has its own address)
 * and a partner's listing. No sign-in.
 */
@Controller
class MarketplaceController {

	static final String VIEW_SEARCH = "marketplace/search";

	static final String VIEW_LISTING = "marketplace/listing";

	static final int PAGE_SIZE = 20;

	private final MarketplaceSearch search;

	private final FeatureAvailability availability;

	private final Catalog catalog;

	MarketplaceController(MarketplaceSearch search, FeatureAvailability availability, Catalog catalog) {
		this.search = search;
		this.availability = availability;
		this.catalog = catalog;
	}

	@GetMapping("/marketplace")
	String search(@Valid @ModelAttribute("search") MarketplaceSearchForm form, BindingResult result,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model, HttpServletResponse response) {
		List<String> services = serviceCodes();
		if (!result.hasFieldErrors("service") && form.service() != null && !form.service().isBlank()
				&& !services.contains(form.service().strip())) {
			result.rejectValue("service", "marketplace.search.service.unknown", "marketplace.search.service.unknown");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("results", new SliceImpl<MarketplaceListing>(List.of(), pageable, false));
		}
		else {
			model.addAttribute("results", this.search.search(form.toQuery(), pageable));
		}
		model.addAttribute("shortWordsLeftOut",
				!result.hasFieldErrors("q") && MarketplaceSearch.hasShortWords(form.q()));
		model.addAttribute("services", services);
		model.addAttribute("industries", Industry.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("languages", SpokenLanguage.values());
		model.addAttribute("instances", CloudInstance.values());
		model.addAttribute("programs", Program.values());
		model.addAttribute("orders", SearchOrder.values());
		model.addAttribute("unavailable",
				List.of(CloudInstance.values())
					.stream()
					.map((instance) -> this.availability.status(PartnerFeature.MARKETPLACE, instance))
					.filter((status) -> !status.isAvailable())
					.toList());
		return VIEW_SEARCH;
	}

	@GetMapping("/marketplace/partners/{partnerId}")
	String listing(@PathVariable UUID partnerId, Model model) {
		MarketplaceListing listing = this.search.listing(partnerId).orElseThrow(() -> new NotFoundException("listing"));
		model.addAttribute("listing", listing);
		model.addAttribute("hiddenStatuses",
				listing.hiddenInstances()
					.stream()
					.map((instance) -> this.availability.status(PartnerFeature.MARKETPLACE, instance))
					.toList());
		return VIEW_LISTING;
	}

	private List<String> serviceCodes() {
		Set<String> codes = new LinkedHashSet<>();
		for (OfferView offer : this.catalog.allOffers()) {
			offer.serviceCodes().stream().sorted().forEach(codes::add);
		}
		return List.copyOf(codes);
	}

}
