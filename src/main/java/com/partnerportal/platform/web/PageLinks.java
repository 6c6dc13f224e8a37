package com.partnerportal.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links to another page of the list being shown: the same path, filters and sort, only
 * the page number changed. The pager fragments use it as {@code @pageLinks}, so that no
 * list spells out its own filters again.
 */
@Component("pageLinks")
public class PageLinks {

	private static final String PAGE = "page";

	/**
	 * The current list at the given page: its path (context path included) and query.
	 */
	public String at(int page) {
		HttpServletRequest request = CurrentRequest.get();
		// the request's own path, as it came (encoded, with the context path)
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!PAGE.equals(name)) {
				for (String value : values) {
					link.queryParam(encoded(name), encoded(value));
				}
			}
		});
		return link.queryParam(PAGE, page).build(true).toUriString();
	}

	// strictly: a value's own "&" or "=" must not start another parameter
	private static String encoded(String text) {
		return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
	}

}
