package com.partnerportal.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * English, Japanese and Korean: the browser's language first, then the one picked with
 * the language switcher ({@code ?lang=}) or the account's at sign-in, remembered in a
 * cookie (see {@link PortalLocaleResolver}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new PortalLocaleResolver();
	}

	/**
	 * First of all interceptors, so that a page refused by another interceptor (no
	 * Partner Agreement, no access to a tenant) still speaks the language asked for.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLanguageChangeInterceptor()).order(Ordered.HIGHEST_PRECEDENCE);
	}

}
