package com.partnerportal.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect to the portal itself names no host: an absolute address built from the
 * request (a saved request after sign-in, for example) would carry whatever host the
 * request's headers claimed. The browser resolves a path against the address it is on.
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(
				new RelativeRedirectFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	static final class RelativeRedirectFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(request, new RelativeRedirectResponse(request, response));
		}

	}

	static final class RelativeRedirectResponse extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		RelativeRedirectResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(relative(location));
		}

		@Override
		public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
			super.sendRedirect(relative(location), status, clearBuffer);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
		}

		/**
		 * An absolute address on the host the request named becomes its path; any other
		 * address is left as it is.
		 */
		String relative(String location) {
			if (location == null) {
				return null;
			}
			try {
				URI uri = new URI(location);
				if (!uri.isAbsolute() || uri.getHost() == null
						|| !uri.getHost().equalsIgnoreCase(this.request.getServerName())) {
					return location;
				}
				String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
				return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
						+ ((uri.getRawFragment() != null) ? "#" + uri.getRawFragment() : "");
			}
			catch (URISyntaxException ex) {
				return location;
			}
		}

	}

}
