package com.partnerportal.invitation;

import com.partnerportal.catalog.BillingTerm;

/**
 * A line as the partner enters it: an offer, a license count and a billing term.
 */
public record PurchaseOfferLine(String offerCode, Integer quantity, BillingTerm billingTerm) {

}
