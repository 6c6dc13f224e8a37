package com.partnerportal.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: a page with a language of its own (an invitation, in the
 * language it was sent in) speaks it; any other page speaks the language last picked in
 * this browser (the switcher, or the account's preferred language at sign-in, remembered
 * in a cookie), else the browser's language.
 */
public final class PortalLocaleResolver implements LocaleResolver {

	static final String COOKIE_NAME = "portal-language";

	private static final String PAGE_LANGUAGE = PortalLocaleResolver.class.getName() + ".PAGE_LANGUAGE";

	private final CookieLocaleResolver pickedLanguage;

	PortalLocaleResolver() {
		this.pickedLanguage = new CookieLocaleResolver(COOKIE_NAME);
		this.pickedLanguage.setCookieMaxAge(Duration.ofDays(365));
		AcceptHeaderLocaleResolver browserLanguage = new AcceptHeaderLocaleResolver();
		browserLanguage.setSupportedLocales(List.copyOf(SupportedLanguages.LOCALES));
		browserLanguage.setDefaultLocale(SupportedLanguages.DEFAULT);
		this.pickedLanguage.setDefaultLocaleFunction(browserLanguage::resolveLocale);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(PAGE_LANGUAGE) instanceof Locale pageLanguage) {
			return pageLanguage;
		}
		return this.pickedLanguage.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		this.pickedLanguage.setLocale(request, response, locale);
	}

	/**
	 * After sign-in: the pages speak the account's preferred language from now on, in
	 * this browser.
	 */
	public static void useAccountLanguage(Locale preferredLanguage, HttpServletRequest request,
			HttpServletResponse response) {
		new PortalLocaleResolver().setLocale(request, response, SupportedLanguages.of(preferredLanguage.getLanguage()));
	}

	/**
	 * Makes the current request's page speak its own language, unless the visitor picks
	 * another with {@code ?lang=}: that pick is remembered for the pages under
	 * {@code scope} only (e.g. one invitation's link, acceptance and decline), in a
	 * cookie limited to that path.
	 */
	public static void usePageLanguage(Locale ownLanguage, String scope, HttpServletRequest request,
			HttpServletResponse response) {
		String cookieName = COOKIE_NAME + "-page";
		String picked = request.getParameter(SupportedLanguageChangeInterceptor.PARAM_NAME);
		Locale language = SupportedLanguages.of(ownLanguage.getLanguage());
		if (picked != null && SupportedLanguages.isSupported(picked)) {
			language = SupportedLanguages.of(picked);
			Cookie cookie = new Cookie(cookieName, picked);
			cookie.setPath(request.getContextPath() + scope);
			cookie.setHttpOnly(true);
			cookie.setAttribute("SameSite", "Lax");
			cookie.setSecure(request.isSecure());
			response.addCookie(cookie);
		}
		else if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (cookieName.equals(cookie.getName()) && SupportedLanguages.isSupported(cookie.getValue())) {
					language = SupportedLanguages.of(cookie.getValue());
				}
			}
		}
		request.setAttribute(PAGE_LANGUAGE, language);
	}

}
