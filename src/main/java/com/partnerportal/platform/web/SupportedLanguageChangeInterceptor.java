package com.partnerportal.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language switcher ({@code ?lang=}); a language the portal does not speak is
 * ignored.
 */
class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

	SupportedLanguageChangeInterceptor() {
		setParamName("lang");
		setIgnoreInvalidLocale(true);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException {
		String language = request.getParameter(getParamName());
		if (language != null && !SupportedLanguages.isSupported(language)) {
			return true;
		}
		return super.preHandle(request, response, handler);
	}

}
