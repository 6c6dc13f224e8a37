package com.partnerportal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for email links: 256 random bits, URL-safe; only their SHA-256 hash is stored.
 */
public final class SecureTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int TOKEN_BYTES = 32;

	private SecureTokens() {
	}

	/**
	 * A new token and its hash.
	 */
	public static IssuedToken issue() {
		byte[] bytes = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new IssuedToken(token, hash(token));
	}

	/**
	 * The hash of a token as presented in a link; tokens of the wrong shape hash too, so
	 * a lookup of a forged token simply finds nothing.
	 */
	public static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether a string could be a token that this class issued (43 URL-safe characters).
	 */
	public static boolean looksValid(String token) {
		return token != null && token.length() == 43
				&& token.chars().allMatch((c) -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
	}

	/**
	 * A token as sent in a link and the hash that is stored.
	 *
	 * @param token the secret, only ever put in the mail
	 * @param hash its SHA-256, hex
	 */
	public record IssuedToken(String token, String hash) {

		@Override
		public String toString() {
			return "IssuedToken[hash=" + this.hash + "]";
		}

	}

}
