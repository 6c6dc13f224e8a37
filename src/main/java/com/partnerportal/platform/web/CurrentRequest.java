package com.partnerportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request being served, for the helpers that pages call ({@link PageLinks},
 * {@link LanguageSwitch}, {@link Navigation}).
 */
final class CurrentRequest {

	private CurrentRequest() {
	}

	static ServletRequestAttributes attributes() {
		return (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
	}

	static HttpServletRequest get() {
		return attributes().getRequest();
	}

}
