package com.partnerportal.invitation;

import java.util.UUID;

import com.partnerportal.customer.CreatedTenant;

/**
 * How an acceptance ended: accepted (with a new tenant when the customer was new), or
 * nothing because the invitation had already been decided (a double click, a second tab,
 * an expired link).
 */
public sealed interface AcceptOutcome {

	/**
	 * Accepted. {@code tenant} is the tenant created for a new customer, null for an
	 * existing one.
	 */
	record Accepted(UUID customerId, CreatedTenant tenant) implements AcceptOutcome {
	}

	record AlreadyDecided(InvitationState state) implements AcceptOutcome {
	}

}
