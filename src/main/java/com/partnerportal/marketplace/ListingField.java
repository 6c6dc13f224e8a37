package com.partnerportal.marketplace;

/**
 * The fields of a listing the back office can name when it rejects a draft; each is the
 * field of the partner's form with the same {@link #formField() name}.
 */
public enum ListingField {

	DESCRIPTION_EN("descriptionEn", null), DESCRIPTION_JA("descriptionJa", null), DESCRIPTION_KO("descriptionKo", null),
	SERVICES("services", "catalog.service."), INDUSTRIES("industries", "marketplace.industry."),
	REGIONS("regions", "marketplace.region."), LANGUAGES("languages", "marketplace.language."),
	CLOUD_INSTANCES("cloudInstances", "availability.instance."),
	CUSTOMER_SIZES("customerSizes", "marketplace.customerSize."),
	CONTACT_PREFERENCES("contactPreferences", "marketplace.contact.");

	private final String formField;

	private final String valuePrefix;

	ListingField(String formField, String valuePrefix) {
		this.formField = formField;
		this.valuePrefix = valuePrefix;
	}

	/** A free text (a description), not a choice from a vocabulary. */
	public boolean isText() {
		return this.valuePrefix == null;
	}

	/** The prefix of the message key that names each value of a choice. */
	public String valuePrefix() {
		return this.valuePrefix;
	}

	/** The name of the form field (and the id of its control) this field is edited in. */
	public String formField() {
		return this.formField;
	}

}
