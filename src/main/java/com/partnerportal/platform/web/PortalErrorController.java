package com.partnerportal.platform.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error controller, except that {@code /error} opened directly (not as the
 * error page of a failed request) is a page that does not exist (404), not a server error
 * (500).
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
