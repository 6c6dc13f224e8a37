package com.partnerportal.invitation;

import java.util.List;
import java.util.UUID;

/**
 * What a partner enters to send a purchase offer: to one of its customers
 * ({@code customerId}) or to a new customer (company, contact, email, language); its
 * lines; a personal message; how many days the offer is valid; optionally a request to
 * become the customer's delegated admin.
 */
public record NewPurchaseOffer(UUID customerId, String companyName, String contactName, String email, String language,
		String personalMessage, List<PurchaseOfferLine> lines, int validDays, boolean delegatedAdmin) {

}
