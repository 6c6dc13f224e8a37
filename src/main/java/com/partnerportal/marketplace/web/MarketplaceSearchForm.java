package com.partnerportal.marketplace.web;

import com.partnerportal.marketplace.Industry;
import com.partnerportal.marketplace.MarketplaceQuery;
import com.partnerportal.marketplace.Region;
import com.partnerportal.marketplace.SearchOrder;
import com.partnerportal.marketplace.SpokenLanguage;
import com.partnerportal.partner.Program;
import com.partnerportal.platform.CloudInstance;
import jakarta.validation.constraints.Size;

/**
 * The marketplace search as its address carries it
 * ({@code /marketplace?q=...&region=JAPAN}), so that a search can be shared; every
 * parameter is optional.
 */
record MarketplaceSearchForm(
		@Size(max = MarketplaceQuery.MAX_TEXT, message = "{marketplace.search.q.tooLong}") String q, String service,
		Industry industry, Region region, SpokenLanguage language, CloudInstance instance, Program program,
		SearchOrder order) {

	MarketplaceQuery toQuery() {
		return new MarketplaceQuery(this.q, blankToNull(this.service), this.industry, this.region, this.language,
				this.instance, this.program, (this.order != null) ? this.order : SearchOrder.BEST_MATCH);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
