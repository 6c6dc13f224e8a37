package com.partnerportal.platform.throttle;

import com.partnerportal.platform.web.ErrorPage;
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

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests(TooManyRequestsException ex, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.admission().retryAfterSeconds()));
		return ErrorPage.of(HttpStatus.TOO_MANY_REQUESTS, "throttle.page.text", ex.admission().retryAfterMinutes());
	}

}
