package com.partnerportal.invitation;

import java.math.BigDecimal;
import java.util.Currency;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Money;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One line of an invitation: an offer; for a purchase offer also the licenses, the
 * billing term and the price per license as sent (a later catalog change does not touch
 * it).
 */
@Embeddable
record InvitationLine(String offerCode, Integer quantity, @Enumerated(EnumType.STRING) BillingTerm billingTerm,
		BigDecimal unitPrice, String currency) {

	static InvitationLine trial(String offerCode) {
		return new InvitationLine(offerCode, null, null, null, null);
	}

	static InvitationLine purchase(String offerCode, int quantity, BillingTerm term, Money unitPrice) {
		return new InvitationLine(offerCode, quantity, term, unitPrice.amount(),
				unitPrice.currency().getCurrencyCode());
	}

	Money price() {
		return (this.unitPrice != null) ? new Money(this.unitPrice, Currency.getInstance(this.currency)) : null;
	}

	QuoteLine toQuoteLine() {
		return (this.quantity != null) ? new QuoteLine(this.offerCode, this.quantity, this.billingTerm, price()) : null;
	}

}
