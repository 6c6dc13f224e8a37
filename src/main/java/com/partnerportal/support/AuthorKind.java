package com.partnerportal.support;

import com.partnerportal.platform.AccountKind;

/**
 * Who wrote in a service request: the customer's own admin, a partner user on the
 * customer's behalf, or the operator's support team (a back-office admin).
 */
public enum AuthorKind {

	CUSTOMER_ADMIN, PARTNER_USER, BACK_OFFICE_ADMIN;

	static AuthorKind of(AccountKind kind) {
		return valueOf(kind.name());
	}

	/** The customer's side of the conversation: the customer and its partner. */
	boolean isCustomerSide() {
		return this != BACK_OFFICE_ADMIN;
	}

}
