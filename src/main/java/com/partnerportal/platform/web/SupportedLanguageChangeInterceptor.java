package com.partnerportal.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.PortalUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language switcher ({@code ?lang=}); a language the portal does not speak is
 * ignored. For a signed-in person the pick becomes the account's preferred language: the
 * pages after the next sign-in and the mails to the account use it.
 */
class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

	static final String PARAM_NAME = "lang";

	private final ObjectProvider<AccountLanguages> accountLanguages;

	SupportedLanguageChangeInterceptor(ObjectProvider<AccountLanguages> accountLanguages) {
		this.accountLanguages = accountLanguages;
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
		boolean changed = super.preHandle(request, response, handler);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			Locale preferred = SupportedLanguages.of(language);
			List<AccountLanguages> owners = this.accountLanguages.orderedStream().toList();
			owners.forEach((owner) -> owner.changePreferredLanguage(user, preferred));
		}
		return changed;
	}

}
