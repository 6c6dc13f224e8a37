package com.partnerportal.platform;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecureTokensTest {

	@Test
	void tokensCarry256RandomBitsAndOnlyTheirHashIsKept() {
		SecureTokens.IssuedToken token = SecureTokens.issue();
		assertThat(Base64.getUrlDecoder().decode(token.token())).hasSize(32);
		assertThat(token.hash()).hasSize(64).isEqualTo(SecureTokens.hash(token.token())).doesNotContain(token.token());
		assertThat(token.toString()).doesNotContain(token.token());
	}

	@Test
	void tokensDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			assertThat(seen.add(SecureTokens.issue().token())).isTrue();
		}
	}

	@Test
	void recognizesTheShapeOfAToken() {
		assertThat(SecureTokens.looksValid(SecureTokens.issue().token())).isTrue();
		assertThat(SecureTokens.looksValid("short")).isFalse();
		assertThat(SecureTokens.looksValid("A".repeat(42) + "/")).isFalse();
		assertThat(SecureTokens.looksValid("Ä".repeat(43))).isFalse();
		assertThat(SecureTokens.looksValid(null)).isFalse();
	}

}
