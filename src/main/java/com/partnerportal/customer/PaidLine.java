package com.partnerportal.customer;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Money;

/**
 * One accepted line of a purchase offer: the offer, its licenses, the term, and the price
 * per license that was offered.
 */
public record PaidLine(String offerCode, int quantity, BillingTerm billingTerm, Money unitPrice) {

}
