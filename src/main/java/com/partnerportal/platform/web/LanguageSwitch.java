package com.partnerportal.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The links of the language switcher on every page (error pages too). Each leads to a GET
 * that works: the same page on a GET; after a POST (a form shown again with its errors, a
 * page that answers a POST), the page that shows that form, since the POST address itself
 * answers no GET.
 */
@Component("languageSwitch")
public class LanguageSwitch {

	private final RequestMappingHandlerMapping handlerMapping;

	LanguageSwitch(RequestMappingHandlerMapping requestMappingHandlerMapping) {
		this.handlerMapping = requestMappingHandlerMapping;
	}

	/**
	 * The codes of the supported languages, for the language choices of forms.
	 */
	public List<String> languages() {
		return SupportedLanguages.LOCALES.stream().map(Locale::getLanguage).toList();
	}

	/**
	 * Language code to link, for the current request.
	 */
	public Map<String, String> links() {
		HttpServletRequest request = CurrentRequest.get();
		String path = pathOf(request);
		String query = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null)
				? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
		if (!"GET".equals(request.getMethod())) {
			path = formPage(path);
			query = null;
		}
		Map<String, String> links = new LinkedHashMap<>();
		for (var locale : SupportedLanguages.LOCALES) {
			links.put(locale.getLanguage(),
					UriComponentsBuilder.fromPath(request.getContextPath() + path)
						.query(query)
						.replaceQueryParam(SupportedLanguageChangeInterceptor.PARAM_NAME, locale.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

	/**
	 * The address of the page that asked for a POST: the creation form of a collection
	 * ({@code /x/new} for {@code POST /x}), the same address, or the nearest enclosing
	 * page that answers a GET ({@code /invitations/{token}} for {@code POST
	 * /invitations/{token}/accept}).
	 */
	String formPage(String postPath) {
		List<String> candidates = new ArrayList<>();
		candidates.add(postPath.endsWith("/") ? postPath + "new" : postPath + "/new");
		for (String path = postPath; !path.isEmpty(); path = path.substring(0, path.lastIndexOf('/'))) {
			candidates.add(path);
		}
		return candidates.stream().filter(this::answersGet).findFirst().orElse("/");
	}

	private boolean answersGet(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (RequestMappingInfo mapping : this.handlerMapping.getHandlerMethods().keySet()) {
			var methods = mapping.getMethodsCondition().getMethods();
			if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && mapping.getPathPatternsCondition() != null
					&& mapping.getPathPatternsCondition()
						.getPatterns()
						.stream()
						.anyMatch((PathPattern pattern) -> pattern.matches(container))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The address the visitor asked for, also on an error page rendered by a forward.
	 */
	private static String pathOf(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (original instanceof String text) ? text : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
