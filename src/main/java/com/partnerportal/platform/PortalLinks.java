package com.partnerportal.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for mailed links: {@code portal.base-url} when set, else the address
 * the current request came to.
 */
@Component
public class PortalLinks {

	private final PortalProperties properties;

	PortalLinks(PortalProperties properties) {
		this.properties = properties;
	}

	public String absolute(String path) {
		return baseUrl() + path;
	}

	private String baseUrl() {
		String configured = this.properties.baseUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return "http://localhost:8080";
	}

}
