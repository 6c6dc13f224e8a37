package com.partnerportal.catalog;

import java.util.Collection;
import java.util.Set;

import com.partnerportal.platform.Money;

/**
 * An offer as the other modules see it. Its name and description are the messages
 * {@code catalog.offer.{code}.name} and {@code .description}.
 */
public record OfferView(String code, Set<String> serviceCodes, Money monthlyPrice, Money annualPrice,
		TrialTerms trialTerms, int minLicenses, int maxLicenses, int sortOrder) {

	public boolean hasTrial() {
		return this.trialTerms != null;
	}

	/**
	 * Whether a partner authorized for these service types may offer this plan: every one
	 * of its services must be authorized.
	 */
	public boolean isCoveredBy(Collection<String> authorizedServiceCodes) {
		return authorizedServiceCodes.containsAll(this.serviceCodes);
	}

	/**
	 * The price of one license for one term.
	 */
	public Money price(BillingTerm term) {
		return (term == BillingTerm.ANNUAL) ? this.annualPrice : this.monthlyPrice;
	}

	public boolean allowsQuantity(int quantity) {
		return quantity >= this.minLicenses && quantity <= this.maxLicenses;
	}

	public String nameKey() {
		return "catalog.offer." + this.code + ".name";
	}

}
