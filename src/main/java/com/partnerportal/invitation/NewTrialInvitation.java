package com.partnerportal.invitation;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegationTerms;

/**
 * What a partner enters to invite a customer to trials: a new customer (company, contact,
 * email, language) or one of its existing customers ({@code customerId}); optionally a
 * request to become the customer's delegated admin on {@code delegatedAdminTerms} (roles,
 * duration, auto-extension), and the contact request ({@code leadId}) the invitation
 * answers.
 */
public record NewTrialInvitation(UUID customerId, String companyName, String contactName, String email, String language,
		String personalMessage, List<String> offerCodes, boolean delegatedAdmin, UUID leadId,
		DelegationTerms delegatedAdminTerms) {
	/**
	 * The terms of the delegated-admin request; null if none is asked for.
	 */
	DelegationTerms requestedTerms() {
		if (!this.delegatedAdmin) {
			return null;
		}
		return (this.delegatedAdminTerms != null) ? this.delegatedAdminTerms : DelegationTerms.standard();
	}

}
