package com.partnerportal.platform;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one source of absolute addresses (mailed links): {@code portal.base-url} when set;
 * otherwise, for the embedded default, {@code http://localhost:<port>} of this server
 * once its port is known. Never the address a request came to, nor a forwarded header:
 * those are chosen by whoever sends the request.
 */
@Component
public class PortalLinks {

	private final String configuredBaseUrl;

	private final int configuredPort;

	private volatile String localBaseUrl;

	PortalLinks(PortalProperties properties, @Value("${server.port:8080}") int configuredPort) {
		this.configuredBaseUrl = normalized(properties.baseUrl());
		this.configuredPort = configuredPort;
	}

	/**
	 * The embedded default: this server's own port, known once it listens.
	 */
	@EventListener
	void onWebServerInitialized(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null) {
			this.localBaseUrl = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/**
	 * The absolute address of {@code path} (which starts with a slash).
	 */
	public String absolute(String path) {
		return baseUrl() + path;
	}

	/**
	 * The base URL links are made of, without a trailing slash.
	 */
	public String baseUrl() {
		if (this.configuredBaseUrl != null) {
			return this.configuredBaseUrl;
		}
		String local = this.localBaseUrl;
		if (local != null) {
			return local;
		}
		// before the server listens: the port it is configured to listen on
		if (this.configuredPort > 0) {
			return "http://localhost:" + this.configuredPort;
		}
		throw new IllegalStateException(
				"No portal.base-url is configured and the server's random port is not known yet: set portal.base-url");
	}

	/**
	 * Whether the portal is served over HTTPS as far as its configuration says.
	 */
	public boolean servedOverHttps() {
		return this.configuredBaseUrl != null && this.configuredBaseUrl.startsWith("https://");
	}

	private static String normalized(String configured) {
		if (configured == null || configured.isBlank()) {
			return null;
		}
		String trimmed = configured.trim();
		URI uri = URI.create(trimmed);
		if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException(
					"portal.base-url must be an absolute http(s) address such as https://portal.example.com, not '"
							+ configured + "'");
		}
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
