package com.partnerportal.platform.web;

import com.partnerportal.platform.ConflictException;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.NotFoundException;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the portal's exceptions to the error pages (never a stack trace or an exception
 * message).
 */
@ControllerAdvice
@Order(0)
class PortalControllerAdvice {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return ErrorPage.of(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, ex.messageKey());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		return ErrorPage.of(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ModelAndView concurrentChange() {
		return ErrorPage.of(HttpStatus.CONFLICT, "error.409.concurrent");
	}

}
