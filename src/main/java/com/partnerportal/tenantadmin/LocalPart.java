package com.partnerportal.tenantadmin;

import java.util.regex.Pattern;

/**
 * The part of an address before the {@code @}: a user name, or a mailbox address in the
 * tenant's domain. Lower case letters, digits, dots, hyphens and underscores, 1 to 64
 * characters, and (as in an email address) no dot first, last or twice in a row.
 */
public final class LocalPart {

	/** For {@code @Pattern} on forms, and for the aggregates' own checks. */
	public static final String REGEXP = "(?!\\.)(?!.*\\.\\.)[a-z0-9._-]{1,64}(?<!\\.)";

	public static final int MAX_LENGTH = 64;

	private static final Pattern PATTERN = Pattern.compile(REGEXP);

	private LocalPart() {
	}

	public static boolean isWellFormed(String localPart) {
		return localPart != null && PATTERN.matcher(localPart).matches();
	}

	/**
	 * Returns the local part, checked.
	 * @throws IllegalArgumentException if the local part is not well formed
	 */
	static String require(String localPart) {
		if (!isWellFormed(localPart)) {
			throw new IllegalArgumentException("Not a local part: " + localPart);
		}
		return localPart;
	}

}
