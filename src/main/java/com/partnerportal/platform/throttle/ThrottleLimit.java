package com.partnerportal.platform.throttle;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * The named limits, each counted per one part of the request: the client's address, a
 * request parameter, or a path variable. Each limit's rate is a setting,
 * {@code portal.throttle.limits.<name>} (e.g. {@code sign-in-per-account=5/15m}). A new
 * anonymous endpoint that sends mail adds its limits here, their rates in
 * {@code application.properties}, and names them in {@link Throttled}.
 */
public enum ThrottleLimit {

	/** Sign-in attempts (only failures count) per sign-in name. */
	SIGN_IN_PER_ACCOUNT(CountedPer.PARAMETER, "username"),

	/** Sign-in attempts (only failures count) per client address. */
	SIGN_IN_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Accepting or declining through invitation links, per client address. */
	INVITATION_LINK_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Accepting or declining through one invitation link. */
	INVITATION_LINK_PER_LINK(CountedPer.PATH_VARIABLE, "token"),

	/** Contact requests to partners (they send mail), per client address. */
	LEAD_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Contact requests to partners, per email address written in them. */
	LEAD_PER_EMAIL(CountedPer.PARAMETER, "email"),

	/** Confirming a contact request's email through its link, per client address. */
	LEAD_LINK_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Asking for a password-reset link, per client address. */
	PASSWORD_RESET_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Asking for a password-reset link, per address asked for. */
	PASSWORD_RESET_PER_EMAIL(CountedPer.PARAMETER, "email"),

	/**
	 * Applications to join the network (and resent verification mails), per client
	 * address.
	 */
	APPLICATION_PER_ADDRESS(CountedPer.CLIENT_ADDRESS, null),

	/** Applications to join the network, per contact email. */
	APPLICATION_PER_EMAIL(CountedPer.PARAMETER, "contactEmail");

	private final CountedPer countedPer;

	private final String name;

	ThrottleLimit(CountedPer countedPer, String name) {
		this.countedPer = countedPer;
		this.name = name;
	}

	/**
	 * What this limit counts in the request: the socket's remote address (forwarded
	 * headers only where the server is configured to trust them), or the named parameter
	 * or path variable, trimmed and in lower case (one sign-in name, however typed).
	 */
	String subjectOf(HttpServletRequest request) {
		String value = switch (this.countedPer) {
			case CLIENT_ADDRESS -> request.getRemoteAddr();
			case PARAMETER -> request.getParameter(this.name);
			case PATH_VARIABLE -> pathVariable(request, this.name);
		};
		return (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
	}

	@SuppressWarnings("unchecked")
	private static String pathVariable(HttpServletRequest request, String name) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? ((Map<String, String>) map).get(name) : null;
	}

	private enum CountedPer {

		CLIENT_ADDRESS, PARAMETER, PATH_VARIABLE

	}

}
