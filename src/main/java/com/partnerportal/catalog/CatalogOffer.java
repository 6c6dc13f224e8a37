package com.partnerportal.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Set;

import com.partnerportal.platform.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A sellable plan: one or more services, a monthly and an annual price per license, and
 * optional trial terms. Catalog rows are reference data, read-only to the portal.
 */
@Entity
@Table(name = "catalog_offer")
class CatalogOffer {

	@Id
	private String code;

	private String currency;

	private BigDecimal monthlyPrice;

	private BigDecimal annualPrice;

	private Integer trialDays;

	private Integer trialLicenseCount;

	private int minLicenses;

	private int maxLicenses;

	private int sortOrder;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "catalog_offer_service", joinColumns = @JoinColumn(name = "offer_code"))
	@Column(name = "service_code")
	private Set<String> serviceCodes = new LinkedHashSet<>();

	protected CatalogOffer() {
	}

	OfferView toView() {
		TrialTerms trial = (this.trialDays != null) ? new TrialTerms(this.trialDays, this.trialLicenseCount) : null;
		return new OfferView(this.code, Set.copyOf(this.serviceCodes),
				new Money(this.monthlyPrice, Currency.getInstance(this.currency)),
				new Money(this.annualPrice, Currency.getInstance(this.currency)), trial, this.minLicenses,
				this.maxLicenses, this.sortOrder);
	}

}
