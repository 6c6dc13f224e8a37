package com.partnerportal.testing;

import java.net.http.HttpResponse;

/**
 * The portal's session cookie as a test over real HTTP sees it.
 */
public final class SessionCookies {

	private SessionCookies() {
	}

	/**
	 * The value of the {@code SESSION} cookie a response sets.
	 * @throws AssertionError if it sets none
	 */
	public static String of(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.map((cookie) -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

}
