package com.partnerportal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
		assertThat(token.hash()).hasSize(64).isEqualTo(sha256Hex(token.token())).doesNotContain(token.token());
		assertThat(token.toString()).doesNotContain(token.token());
	}

	@Test
	void theHashIsTheHexSha256OfTheTokenAsSentInTheLink() {
		// published SHA-256 test vectors (FIPS 180-2)
		assertThat(SecureTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(SecureTokens.hash("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
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

	/**
	 * The hex SHA-256 of the text, worked out here with the JDK rather than by the class
	 * under test.
	 */
	static String sha256Hex(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder();
			for (byte b : digest) {
				hex.append(String.format("%02x", b));
			}
			return hex.toString();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
