package com.partnerportal.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page is buffered whole before it is sent. The CSRF token is made when a page first
 * renders a form (no session is made for a page without one), and making it may start the
 * session, whose cookie is a header: with the server's default 8 KB buffer, a form that
 * comes late on an anonymous page (the invitation link's acceptance form) would find the
 * response already committed.
 */
@Configuration(proxyBeanMethods = false)
class WholePageBuffer {

	/**
	 * Larger than any page that shows a form to a visitor without a session.
	 */
	static final int BUFFER_SIZE = 64 * 1024;

	@Bean
	FilterRegistrationBean<WholePageBufferFilter> wholePageBufferFilter() {
		FilterRegistrationBean<WholePageBufferFilter> registration = new FilterRegistrationBean<>(
				new WholePageBufferFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	static final class WholePageBufferFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (response.getBufferSize() < BUFFER_SIZE) {
				response.setBufferSize(BUFFER_SIZE);
			}
			chain.doFilter(request, response);
		}

	}

}
