package com.partnerportal.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Overload answers 503, never 500: a request that waited longer than
 * {@code spring.datasource.hikari.connection-timeout} for a database connection (in the
 * session filter or in a page) gets 503 with {@code Retry-After} and a short page in the
 * visitor's language. The page is written here, without a template, a session or the
 * database, since all three may be what is missing.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseBusyPage {

	@Bean
	FilterRegistrationBean<DatabaseBusyFilter> databaseBusyFilter(MessageSource messages, LocaleResolver localeResolver,
			@Value("${portal.overload.retry-after-seconds:5}") int retryAfterSeconds) {
		FilterRegistrationBean<DatabaseBusyFilter> registration = new FilterRegistrationBean<>(
				new DatabaseBusyFilter(messages, localeResolver, retryAfterSeconds));
		// inside the whole-page buffer, outside the session
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	static boolean waitedForAConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	static final class DatabaseBusyFilter extends OncePerRequestFilter {

		private static final Logger logger = LoggerFactory.getLogger(DatabaseBusyFilter.class);

		private final MessageSource messages;

		private final LocaleResolver localeResolver;

		private final int retryAfterSeconds;

		DatabaseBusyFilter(MessageSource messages, LocaleResolver localeResolver, int retryAfterSeconds) {
			this.messages = messages;
			this.localeResolver = localeResolver;
			this.retryAfterSeconds = retryAfterSeconds;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | IOException | RuntimeException ex) {
				if (!waitedForAConnection(ex) || response.isCommitted()) {
					throw ex;
				}
				logger.warn("No database connection within the pool's timeout: {} {} answered 503", request.getMethod(),
						request.getRequestURI());
				writePage(request, response);
			}
		}

		private void writePage(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Locale locale = this.localeResolver.resolveLocale(request);
			String title = HtmlUtils.htmlEscape(this.messages.getMessage("overload.title", null, locale));
			String text = HtmlUtils.htmlEscape(this.messages.getMessage("overload.text", null, locale));
			String again = HtmlUtils.htmlEscape(this.messages.getMessage("error.home", null, locale));
			String context = request.getContextPath();
			response.reset();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(this.retryAfterSeconds));
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentType("text/html;charset=UTF-8");
			PrintWriter page = response.getWriter();
			page.write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head><meta charset=\"UTF-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title>" + "<link rel=\"stylesheet\" href=\"" + context
					+ "/webjars/bootstrap/css/bootstrap.min.css\"><link rel=\"stylesheet\" href=\"" + context
					+ "/css/portal.css\"></head>\n<body><main class=\"container py-5\"><h1 class=\"h3\">" + title
					+ "</h1><p class=\"lead\">" + text + "</p><p><a class=\"btn btn-primary\" href=\"" + context
					+ "/\">" + again + "</a></p></main></body>\n</html>\n");
		}

	}

}
