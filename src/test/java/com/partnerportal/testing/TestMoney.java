package com.partnerportal.testing;

import java.math.BigDecimal;
import java.util.Currency;

import com.partnerportal.platform.Money;

/**
 * Amounts written as in a price list ({@code TestMoney.of("4.00", "USD")}), built with
 * {@link Money}'s own constructor: production code has no factory that only tests use.
 */
public final class TestMoney {

	private TestMoney() {
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

}
