package com.partnerportal.marketplace;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.partnerportal.platform.CloudInstance;

/**
 * A published listing as the public sees it: the partner's current name, the description
 * in each language, its choices, the cloud instances it is shown in (where the
 * marketplace is available) and its badges.
 */
public record MarketplaceListing(UUID partnerId, String name, String descriptionEn, String descriptionJa,
		String descriptionKo, List<String> serviceCodes, List<Industry> industries, List<Region> regions,
		List<SpokenLanguage> languages, List<CloudInstance> cloudInstances, Set<CloudInstance> hiddenInstances,
		List<CustomerSize> customerSizes, List<ContactPreference> contactPreferences, PartnerBadgeFigures badges) {

	/** The description in the reader's language, else in English. */
	public String description(Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "";
		String text = switch (language) {
			case "ja" -> this.descriptionJa;
			case "ko" -> this.descriptionKo;
			default -> null;
		};
		return (text != null && !text.isBlank()) ? text : this.descriptionEn;
	}

	/** The language of {@link #description(Locale)}, for its {@code lang} attribute. */
	public String descriptionLanguage(Locale locale) {
		String shown = description(locale);
		return (shown == this.descriptionJa) ? "ja" : (shown == this.descriptionKo) ? "ko" : "en";
	}

}
