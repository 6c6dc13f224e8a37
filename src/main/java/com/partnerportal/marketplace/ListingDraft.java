package com.partnerportal.marketplace;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.partnerportal.platform.CloudInstance;

/**
 * What a partner admin writes in its listing: the description in each language (English
 * required) and the fixed vocabularies it picks from.
 */
public record ListingDraft(String descriptionEn, String descriptionJa, String descriptionKo, Set<String> serviceCodes,
		Set<Industry> industries, Set<Region> regions, Set<SpokenLanguage> languages, Set<CloudInstance> cloudInstances,
		Set<CustomerSize> customerSizes, Set<ContactPreference> contactPreferences) {

	/** The longest description in one language. */
	public static final int MAX_DESCRIPTION = 2000;

	/** The shortest English description. */
	public static final int MIN_DESCRIPTION = 20;

	/**
	 * What the draft holds in one field: the text of a description (empty when none), or
	 * the names of the values chosen.
	 */
	public List<String> valuesOf(ListingField field) {
		return switch (field) {
			case DESCRIPTION_EN -> text(this.descriptionEn);
			case DESCRIPTION_JA -> text(this.descriptionJa);
			case DESCRIPTION_KO -> text(this.descriptionKo);
			case SERVICES -> this.serviceCodes.stream().sorted().toList();
			case INDUSTRIES -> names(this.industries);
			case REGIONS -> names(this.regions);
			case LANGUAGES -> names(this.languages);
			case CLOUD_INSTANCES -> names(this.cloudInstances);
			case CUSTOMER_SIZES -> names(this.customerSizes);
			case CONTACT_PREFERENCES -> names(this.contactPreferences);
		};
	}

	private static List<String> text(String text) {
		return (text != null && !text.isBlank()) ? List.of(text) : List.of();
	}

	private static List<String> names(Set<? extends Enum<?>> values) {
		return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).toList();
	}

	public ListingDraft {
		serviceCodes = Set.copyOf(serviceCodes);
		industries = Set.copyOf(industries);
		regions = Set.copyOf(regions);
		languages = Set.copyOf(languages);
		cloudInstances = Set.copyOf(cloudInstances);
		customerSizes = Set.copyOf(customerSizes);
		contactPreferences = Set.copyOf(contactPreferences);
	}

}
