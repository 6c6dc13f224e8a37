package com.partnerportal.invitation;

import com.partnerportal.customer.CreatedTenant;

/**
 * How an acceptance ended: a new tenant, or nothing because the invitation had already
 * been decided (a double click, a second tab, an expired link).
 */
public sealed interface AcceptOutcome {

	record Accepted(CreatedTenant tenant) implements AcceptOutcome {
	}

	record AlreadyDecided(InvitationState state) implements AcceptOutcome {
	}

}
