package com.partnerportal.marketplace.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.partnerportal.marketplace.ContactPreference;
import com.partnerportal.marketplace.CustomerSize;
import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.ListingDraft;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.platform.CloudInstance;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A partner admin's listing as the form sends it; a group of checkboxes none of which is
 * ticked arrives as null.
 */
record ListingForm(
		@NotBlank(message = "{marketplace.listing.descriptionEn.required}") @Size(min = ListingDraft.MIN_DESCRIPTION,
				max = ListingDraft.MAX_DESCRIPTION,
				message = "{marketplace.listing.descriptionEn.required}") String descriptionEn,
		@Size(max = ListingDraft.MAX_DESCRIPTION,
				message = "{marketplace.listing.description.tooLong}") String descriptionJa,
		@Size(max = ListingDraft.MAX_DESCRIPTION,
				message = "{marketplace.listing.description.tooLong}") String descriptionKo,
		@NotEmpty(message = "{marketplace.listing.choice.required}") @Size(max = 20,
				message = "{marketplace.listing.choice.required}") Set<String> services,
		Set<Industry> industries, @NotEmpty(message = "{marketplace.listing.choice.required}") Set<Region> regions,
		@NotEmpty(message = "{marketplace.listing.choice.required}") Set<SpokenLanguage> languages,
		@NotEmpty(message = "{marketplace.listing.choice.required}") Set<CloudInstance> cloudInstances,
		@NotEmpty(message = "{marketplace.listing.choice.required}") Set<CustomerSize> customerSizes,
		@NotEmpty(message = "{marketplace.listing.choice.required}") Set<ContactPreference> contactPreferences) {

	static ListingForm empty() {
		return new ListingForm("", "", "", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
	}

	static ListingForm of(ListingDraft draft) {
		return new ListingForm(draft.descriptionEn(), orEmpty(draft.descriptionJa()), orEmpty(draft.descriptionKo()),
				draft.serviceCodes(), draft.industries(), draft.regions(), draft.languages(), draft.cloudInstances(),
				draft.customerSizes(), draft.contactPreferences());
	}

	ListingDraft toDraft() {
		return new ListingDraft(this.descriptionEn, this.descriptionJa, this.descriptionKo, orNone(this.services),
				orNone(this.industries), orNone(this.regions), orNone(this.languages), orNone(this.cloudInstances),
				orNone(this.customerSizes), orNone(this.contactPreferences));
	}

	/**
	 * The ticked values of each group of checkboxes, by field, as the page names them.
	 */
	Map<String, Set<String>> chosen() {
		Map<String, Set<String>> chosen = new HashMap<>();
		chosen.put("services", names(this.services));
		chosen.put("industries", names(this.industries));
		chosen.put("regions", names(this.regions));
		chosen.put("languages", names(this.languages));
		chosen.put("cloudInstances", names(this.cloudInstances));
		chosen.put("customerSizes", names(this.customerSizes));
		chosen.put("contactPreferences", names(this.contactPreferences));
		return chosen;
	}

	private static Set<String> names(Set<?> values) {
		return (values != null) ? values.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static <T> Set<T> orNone(Set<T> values) {
		return (values != null) ? values : Set.of();
	}

}
