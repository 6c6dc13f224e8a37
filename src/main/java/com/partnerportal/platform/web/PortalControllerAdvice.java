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
		return errorPage("error/404", HttpStatus.NOT_FOUND, "error.404.text");
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		return errorPage("error/403", HttpStatus.FORBIDDEN, ex.messageKey());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException ex) {
		ModelAndView view = errorPage("error/409", HttpStatus.CONFLICT, ex.messageKey());
		view.addObject("errorArguments", ex.arguments());
		return view;
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ModelAndView concurrentChange() {
		return errorPage("error/409", HttpStatus.CONFLICT, "error.409.concurrent");
	}

	private static ModelAndView errorPage(String view, HttpStatus status, String messageKey) {
		ModelAndView modelAndView = new ModelAndView(view, status);
		modelAndView.addObject("errorMessageKey", messageKey);
		return modelAndView;
	}

}
