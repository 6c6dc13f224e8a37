package com.partnerportal.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be, stated on every form that sets one: at least
 * {@value #MIN_LENGTH} characters (any characters; a passphrase is welcome), at most
 * {@value #MAX_LENGTH}, and not the account's own sign-in name.
 */
public final class PasswordRule {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private PasswordRule() {
	}

	/**
	 * The message key of what is wrong with {@code password} for the account signed in as
	 * {@code signInName}, if anything.
	 */
	public static Optional<String> violation(String password, String signInName) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("account.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("account.password.tooLong");
		}
		if (signInName != null
				&& password.strip().toLowerCase(Locale.ROOT).equals(signInName.toLowerCase(Locale.ROOT))) {
			return Optional.of("account.password.isSignInName");
		}
		return Optional.empty();
	}

}
