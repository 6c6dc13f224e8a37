package com.partnerportal.invitation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.platform.Money;

/**
 * The totals of a purchase offer. Monthly lines cost their total every month, annual
 * lines every year; the offer's cost per year is exact, its cost per month spreads the
 * annual lines over twelve months (rounded to the currency's cents).
 */
public record PurchaseQuote(List<QuoteLine> lines, Money perMonth, Money perYear) {

	private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

	/**
	 * Totals of lines that share one currency.
	 * @throws IllegalArgumentException if the lines are empty or mix currencies
	 */
	public static PurchaseQuote of(List<QuoteLine> lines) {
		if (lines.isEmpty()) {
			throw new IllegalArgumentException("A quote needs at least one line");
		}
		Currency currency = lines.get(0).unitPrice().currency();
		BigDecimal monthly = BigDecimal.ZERO;
		BigDecimal annual = BigDecimal.ZERO;
		for (QuoteLine line : lines) {
			if (!line.unitPrice().currency().equals(currency)) {
				throw new IllegalArgumentException("Lines in " + currency + " and " + line.unitPrice().currency());
			}
			if (line.billingTerm() == BillingTerm.MONTHLY) {
				monthly = monthly.add(line.total().amount());
			}
			else {
				annual = annual.add(line.total().amount());
			}
		}
		int scale = currency.getDefaultFractionDigits();
		Money perMonth = new Money(monthly.add(annual.divide(MONTHS, scale, RoundingMode.HALF_EVEN)), currency);
		Money perYear = new Money(monthly.multiply(MONTHS).add(annual), currency);
		return new PurchaseQuote(List.copyOf(lines), perMonth, perYear);
	}

}
