package com.partnerportal.invitation;

import java.util.List;

import com.partnerportal.catalog.BillingTerm;
import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PurchaseQuoteTest {

	@Test
	void monthlyLinesCostTheirTotalEveryMonthAndTwelveTimesAYear() {
		PurchaseQuote quote = PurchaseQuote
			.of(List.of(new QuoteLine("BUSINESS_STANDARD", 10, BillingTerm.MONTHLY, TestMoney.of("12.50", "USD"))));
		assertThat(quote.lines().get(0).total()).isEqualTo(TestMoney.of("125.00", "USD"));
		assertThat(quote.perMonth()).isEqualTo(TestMoney.of("125.00", "USD"));
		assertThat(quote.perYear()).isEqualTo(TestMoney.of("1500.00", "USD"));
	}

	@Test
	void annualLinesAreExactPerYearAndSpreadOverTwelveMonths() {
		PurchaseQuote quote = PurchaseQuote
			.of(List.of(new QuoteLine("MAIL_PLAN_1", 7, BillingTerm.ANNUAL, TestMoney.of("40.00", "USD")),
					new QuoteLine("BUSINESS_ESSENTIALS", 3, BillingTerm.MONTHLY, TestMoney.of("6.00", "USD"))));
		// 7 x 40 = 280 a year (23.33 a month, rounded half-even), 3 x 6 = 18 a month (216
		// a year)
		assertThat(quote.perYear()).isEqualTo(TestMoney.of("496.00", "USD"));
		assertThat(quote.perMonth()).isEqualTo(TestMoney.of("41.33", "USD"));
	}

	@Test
	void neverLosesACentToFloatingPoint() {
		PurchaseQuote quote = PurchaseQuote
			.of(List.of(new QuoteLine("X", 3, BillingTerm.MONTHLY, TestMoney.of("0.10", "USD"))));
		assertThat(quote.perMonth().amount()).isEqualByComparingTo("0.30");
		assertThat(quote.perYear().amount()).isEqualByComparingTo("3.60");
	}

	@Test
	void refusesMixedCurrenciesAndEmptyQuotes() {
		assertThatThrownBy(
				() -> PurchaseQuote.of(List.of(new QuoteLine("A", 1, BillingTerm.MONTHLY, TestMoney.of("1", "USD")),
						new QuoteLine("B", 1, BillingTerm.MONTHLY, TestMoney.of("1", "EUR")))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PurchaseQuote.of(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
