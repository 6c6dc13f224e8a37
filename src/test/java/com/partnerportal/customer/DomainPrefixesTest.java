package com.partnerportal.customer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DomainPrefixesTest {

	@ParameterizedTest
	@ValueSource(
			strings = { "contoso", "abc", "a1-b2", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
	void acceptsDnsLabels(String prefix) {
		assertThat(DomainPrefixes.isWellFormed(prefix)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ab", "-abc", "abc-", "Upper", "a_b", "a.b", "a--b", "ｃontoso", "" })
	void rejectsAnythingElse(String prefix) {
		assertThat(DomainPrefixes.isWellFormed(prefix)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "www", "mail" })
	void keepsTheOperatorsNames(String prefix) {
		assertThat(DomainPrefixes.isReserved(prefix)).isTrue();
	}

}
