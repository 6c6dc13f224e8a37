package com.partnerportal.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * English, Japanese and Korean: the browser's language first, then the one picked with
 * the language switcher ({@code ?lang=}), remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("portal-language");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		AcceptHeaderLocaleResolver browserLanguage = new AcceptHeaderLocaleResolver();
		browserLanguage.setSupportedLocales(List.copyOf(SupportedLanguages.LOCALES));
		browserLanguage.setDefaultLocale(Locale.ENGLISH);
		resolver.setDefaultLocaleFunction(browserLanguage::resolveLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLanguageChangeInterceptor());
	}

}
