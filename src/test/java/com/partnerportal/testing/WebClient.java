package com.partnerportal.testing;

import java.io.IOException;
import java.net.CookieManager;
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
 * A browser-like client over real HTTP with its own cookies (so its own session in
 * PostgreSQL): signs in through the form, then follows no redirect.
 */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;

	private final int port;

	public WebClient(int port) {
		this.port = port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Posts the sign-in form; the answer redirects to the account's home, or back to the
	 * form with {@code ?error}.
	 */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> form = get("/login");
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

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept-Language", "en");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
