package com.partnerportal.invitation;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Money;

/**
 * A line of a purchase offer with its price: licenses × price per license per term.
 */
public record QuoteLine(String offerCode, int quantity, BillingTerm billingTerm, Money unitPrice) {

	public Money total() {
		return this.unitPrice.times(this.quantity);
	}

	public String offerNameKey() {
		return "catalog.offer." + this.offerCode + ".name";
	}

}
