package com.partnerportal.marketplace;

import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;

/**
 * What a visitor searches the marketplace for: words (any of the three languages) and
 * filters, each optional.
 */
public record MarketplaceQuery(String text, String serviceCode, Industry industry, Region region,
		SpokenLanguage language, CloudInstance cloudInstance, Program program, SearchOrder order) {

	/** The longest search text. */
	public static final int MAX_TEXT = 100;

	/** At most this many words count; the rest are ignored. */
	public static final int MAX_WORDS = 5;

}
