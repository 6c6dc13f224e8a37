package com.partnerportal.platform.throttle;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * A browser-like client of the sign-in form over real HTTP, from a chosen loopback
 * address (127.0.0.x): it fetches the form with its CSRF token, then posts it.
 */
final class SignInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	private final String language;

	SignInClient(int port, String clientAddress, String language) throws IOException {
		this.port = port;
		this.language = language;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.localAddress(InetAddress.getByName(clientAddress))
			.build();
	}

	/**
	 * Posts the sign-in form with this name and password.
	 */
	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = this.http.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token");
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(HtmlUtils.htmlUnescape(csrf.group(1)));
		return this.http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String text(HttpResponse<String> response) {
		return HtmlUtils.htmlUnescape(response.body());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Language", this.language);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
