package com.partnerportal.marketplace;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;
import com.partnerportal.platform.web.SupportedLanguages;

/**
 * A published listing as the public sees it: the partner's current name, the description
 * in each language, its choices, the cloud instances it is shown in (where the
 * marketplace is available) and its badges, and whether it takes contact requests now (a
 * partner whose sales are frozen stays in the marketplace, but takes none).
 */
public record MarketplaceListing(UUID partnerId, String name, String descriptionEn, String descriptionJa,
		String descriptionKo, List<String> serviceCodes, List<Industry> industries, List<Region> regions,
		List<SpokenLanguage> languages, List<CloudInstance> cloudInstances, Set<CloudInstance> hiddenInstances,
		List<CustomerSize> customerSizes, List<ContactPreference> contactPreferences, PartnerBadgeFigures badges,
		boolean takesContactRequests) {

	/** The description in the reader's language, else in the default language. */
	public String description(Locale locale) {
		String text = SupportedLanguages.pick(locale, descriptions());
		return (text != null && !text.isBlank()) ? text : this.descriptionEn;
	}

	/** The language of {@link #description(Locale)}, for its {@code lang} attribute. */
	public String descriptionLanguage(Locale locale) {
		int shown = descriptions().indexOf(description(locale));
		return SupportedLanguages.LOCALES.get(Math.max(shown, 0)).getLanguage();
	}

	/** The descriptions in the order of {@link SupportedLanguages#LOCALES}. */
	private List<String> descriptions() {
		return Arrays.asList(this.descriptionEn, this.descriptionJa, this.descriptionKo);
	}

}
