package com.partnerportal.customer.web;

import java.util.Arrays;

import com.partnerportal.customer.CustomerSearch;
import com.partnerportal.platform.CloudInstance;

import org.springframework.validation.Errors;

/**
 * The back office's customer search, as typed: each value is checked here, so that a
 * hand-edited address gets a message at its field instead of an error page.
 *
 * @param q a part of the name, a domain prefix or an id
 * @param instance a cloud instance's name, or blank
 * @param delegatedAdmin {@code yes}, {@code no} or blank
 */
record AdminCustomerSearchForm(String q, String instance, String delegatedAdmin) {

	void validate(Errors errors) {
		if (this.q != null && this.q.strip().length() > CustomerSearch.TEXT_MAX_LENGTH) {
			errors.rejectValue("q", "admin.customers.filter.q.tooLong", new Object[] { CustomerSearch.TEXT_MAX_LENGTH },
					null);
		}
		if (!isBlank(this.instance)
				&& Arrays.stream(CloudInstance.values()).noneMatch((value) -> value.name().equals(this.instance))) {
			errors.rejectValue("instance", "admin.customers.filter.instance.invalid");
		}
		if (!isBlank(this.delegatedAdmin) && !"yes".equals(this.delegatedAdmin) && !"no".equals(this.delegatedAdmin)) {
			errors.rejectValue("delegatedAdmin", "admin.customers.filter.delegatedAdmin.invalid");
		}
	}

	/**
	 * The search, once {@link #validate(Errors)} found nothing wrong.
	 */
	CustomerSearch toSearch() {
		return new CustomerSearch(this.q, isBlank(this.instance) ? null : CloudInstance.valueOf(this.instance),
				isBlank(this.delegatedAdmin) ? null : "yes".equals(this.delegatedAdmin));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
