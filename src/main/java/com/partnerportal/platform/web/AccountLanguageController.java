package com.partnerportal.platform.web;

import java.util.Locale;
import java.util.regex.Pattern;

import com.partnerportal.platform.AccountLanguages;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language menu of a signed-in person: the language picked becomes the account's
 * preferred language (its pages after the next sign-in, the mails to it). A POST with the
 * CSRF token, so that no other site can change it.
 */
@Controller
class AccountLanguageController {

	/**
	 * Where to go back to: a path of this portal, never another host.
	 */
	private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

	private final ObjectProvider<AccountLanguages> accountLanguages;

	private final LocaleResolver localeResolver;

	AccountLanguageController(ObjectProvider<AccountLanguages> accountLanguages, LocaleResolver localeResolver) {
		this.accountLanguages = accountLanguages;
		this.localeResolver = localeResolver;
	}

	@PostMapping("/account/language")
	String processLanguageChange(@AuthenticationPrincipal PortalUser user, @RequestParam String lang,
			@RequestParam(defaultValue = "/") String returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		if (user == null || !SupportedLanguages.isSupported(lang)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Locale language = SupportedLanguages.of(lang);
		this.accountLanguages.orderedStream().forEach((owner) -> owner.changePreferredLanguage(user, language));
		this.localeResolver.setLocale(request, response, language);
		return "redirect:" + (LOCAL_PATH.matcher(returnTo).matches() ? returnTo : "/");
	}

}
