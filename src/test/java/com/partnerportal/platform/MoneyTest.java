package com.partnerportal.platform;

import java.math.BigDecimal;

import com.partnerportal.testing.TestMoney;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

	@Test
	void multipliesAndAddsExactly() {
		Money price = TestMoney.of("12.50", "USD");
		assertThat(price.times(3).plus(TestMoney.of("0.10", "USD")).amount())
			.isEqualByComparingTo(new BigDecimal("37.60"));
	}

	@Test
	void usesTheCurrencysScale() {
		assertThat(TestMoney.of("1000", "JPY").amount().scale()).isZero();
		assertThat(TestMoney.of("1", "USD").amount().scale()).isEqualTo(2);
	}

	@Test
	void refusesToAddTwoCurrencies() {
		assertThatThrownBy(() -> TestMoney.of("1", "USD").plus(TestMoney.of("1", "JPY")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
