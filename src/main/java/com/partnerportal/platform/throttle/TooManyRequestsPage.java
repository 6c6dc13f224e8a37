package com.partnerportal.platform.throttle;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A throttled request gets 429, a {@code Retry-After} header, and the page in the site
 * layout that says in how many minutes to try again.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TooManyRequestsPage {

	static final String VIEW = "error/429";

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests(TooManyRequestsException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.admission().retryAfterSeconds()));
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.TOO_MANY_REQUESTS);
		page.addObject("retryAfterMinutes", ex.admission().retryAfterMinutes());
		return page;
	}

}
