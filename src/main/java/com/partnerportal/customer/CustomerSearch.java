package com.partnerportal.customer;

import com.partnerportal.platform.CloudInstance;

/**
 * What the back office looks for in the customers: a part of the name, a domain prefix or
 * an id ({@code text}, blank for all), a cloud instance, and whether the customer has an
 * active delegated admin (null: either).
 */
public record CustomerSearch(String text, CloudInstance cloudInstance, Boolean hasDelegatedAdmin) {

	/** The longest search text. */
	public static final int TEXT_MAX_LENGTH = 200;

}
