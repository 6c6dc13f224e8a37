package com.partnerportal.invitation;

import java.util.List;
import java.util.UUID;

import com.partnerportal.delegation.DelegationTerms;

/**
 * What a partner enters to send a purchase offer: to one of its customers
 * ({@code customerId}) or to a new customer (company, contact, email, language); its
 * lines; a personal message; how many days the offer is valid; optionally a request to
 * become the customer's delegated admin on {@code delegatedAdminTerms}.
 */
public record NewPurchaseOffer(UUID customerId, String companyName, String contactName, String email, String language,
		String personalMessage, List<PurchaseOfferLine> lines, int validDays, boolean delegatedAdmin,
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
