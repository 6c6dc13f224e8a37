package com.partnerportal.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages ({@code ?lang=}); a language the portal does not speak is
 * ignored. A GET changes only what this browser shows: a signed-in person keeps a
 * language for the account (and its mails) with a POST, see
 * {@link AccountLanguageController}.
 */
class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

	static final String PARAM_NAME = "lang";

	SupportedLanguageChangeInterceptor() {
		setParamName(PARAM_NAME);
		setIgnoreInvalidLocale(true);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletException {
		String language = request.getParameter(getParamName());
		if (language == null || !SupportedLanguages.isSupported(language)) {
			return true;
		}
		return super.preHandle(request, response, handler);
	}

}
