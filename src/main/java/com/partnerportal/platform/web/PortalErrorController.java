package com.partnerportal.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller, except that every status is shown on the one
 * {@link ErrorPage} (no template per status), and that {@code /error} opened directly
 * (not as the error page of a failed request) is a page that does not exist (404), not a
 * server error (500).
 */
class PortalErrorController extends BasicErrorController {

	PortalErrorController(ErrorAttributes errorAttributes, ErrorProperties errorProperties,
			List<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorProperties, errorViewResolvers);
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	/**
	 * The one error page, whatever the status: Spring Boot's resolvers would look for a
	 * template per status ({@code error/404}, {@code error/4xx}).
	 */
	@Override
	protected ModelAndView resolveErrorView(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			Map<String, Object> model) {
		return ErrorPage.of(status);
	}

	@Configuration(proxyBeanMethods = false)
	static class ErrorControllerConfiguration {

		@Bean
		PortalErrorController basicErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
				ObjectProvider<ErrorViewResolver> errorViewResolvers) {
			return new PortalErrorController(errorAttributes, webProperties.getError(),
					errorViewResolvers.orderedStream().toList());
		}

	}

}
