package com.partnerportal.platform.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * Bad input that is not a form field (a filter such as {@code ?state=BOGUS}, a page
 * number, an id in the address, a row index no form has, a method the address does not
 * take) gets a 400 (or 405) page in the site layout that says so, in the reader's
 * language; never a 500, never a bare page. Form fields are answered by their form, with
 * a message at the field ({@code typeMismatch.*} in the message bundles).
 */
@ControllerAdvice
@Order(1)
class BadRequestAdvice {

	/**
	 * No form has more rows than this; an index beyond it ({@code lines[99999]}) is
	 * refused before anything is bound, and so is a negative one.
	 */
	static final int MAX_ROWS = 100;

	private static final Pattern INDEX = Pattern.compile("\\[(-?\\d+)]");

	@InitBinder
	void limitRows(WebDataBinder binder, HttpServletRequest request) throws ServletRequestBindingException {
		binder.setAutoGrowCollectionLimit(MAX_ROWS);
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String digits = index.group(1);
				if (digits.startsWith("-") || digits.length() > 3 || Integer.parseInt(digits) >= MAX_ROWS) {
					throw new RowIndexOutOfRangeException(name);
				}
			}
		}
	}

	@ExceptionHandler(RowIndexOutOfRangeException.class)
	ModelAndView rowIndexOutOfRange() {
		return errorPage(HttpStatus.BAD_REQUEST, "error.400.rows");
	}

	/**
	 * A value in the address or a filter that does not convert: an unknown state, a page
	 * that is not a number, an id that is not one.
	 */
	@ExceptionHandler({ TypeMismatchException.class, InvalidPropertyException.class })
	ModelAndView parameterNotValid() {
		return errorPage(HttpStatus.BAD_REQUEST, "error.400.parameter");
	}

	@ExceptionHandler({ ServletRequestBindingException.class, HttpMessageNotReadableException.class,
			BindException.class })
	ModelAndView requestNotUnderstood() {
		return errorPage(HttpStatus.BAD_REQUEST, "error.4xx.text");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletResponse response) {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader("Allow",
					String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		return errorPage(HttpStatus.METHOD_NOT_ALLOWED, "error.405.text");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView mediaTypeNotSupported() {
		return errorPage(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.4xx.text");
	}

	private static ModelAndView errorPage(HttpStatus status, String messageKey) {
		return ErrorPage.of(status, messageKey);
	}

	/**
	 * A request parameter names a row no form has.
	 */
	static final class RowIndexOutOfRangeException extends ServletRequestBindingException {

		RowIndexOutOfRangeException(String parameter) {
			super("Row index out of range in request parameter " + parameter);
		}

	}

}
