package com.partnerportal.customer;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for a tenant's domain prefix: a DNS label of 3 to 63 lowercase letters,
 * digits and inner hyphens (never two in a row), not one of the names the operator keeps
 * for itself.
 */
public final class DomainPrefixes {

	/**
	 * The whole rule of a well-formed prefix, also used by the acceptance form, so that
	 * the form and {@link #isWellFormed(String)} never disagree.
	 */
	public static final String PATTERN = "^(?!.*--)[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private static final Set<String> RESERVED = Set.of("admin", "www", "mail", "api", "portal", "support", "login",
			"partner", "partners", "customer", "operator", "root", "system");

	private DomainPrefixes() {
	}

	public static boolean isWellFormed(String prefix) {
		return prefix != null && COMPILED.matcher(prefix).matches();
	}

	public static boolean isReserved(String prefix) {
		return RESERVED.contains(prefix);
	}

}
