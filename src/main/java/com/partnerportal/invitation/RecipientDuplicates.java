package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.customer.CustomerView;

/**
 * What a partner is told before inviting a new customer at an email: its own open
 * invitations to that email, its customers with that contact email, and whether another
 * tenant (not named) has it. Each may end in a second tenant for one organization.
 */
public record RecipientDuplicates(List<InvitationSummary> openInvitations, List<CustomerView> ownCustomers,
		boolean otherTenant) {

	static final RecipientDuplicates NONE = new RecipientDuplicates(List.of(), List.of(), false);

	public boolean isEmpty() {
		return this.openInvitations.isEmpty() && this.ownCustomers.isEmpty() && !this.otherTenant;
	}

}
