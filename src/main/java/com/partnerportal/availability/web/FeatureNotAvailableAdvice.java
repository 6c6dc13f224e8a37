package com.partnerportal.availability.web;

import com.partnerportal.availability.FeatureNotAvailableException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A feature used where it is switched off (a form posted, an emailed link opened after
 * the switch) gets a 403 page that says which feature, in which cloud instance, why, and
 * when it is planned; never a silent 404.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeatureNotAvailableAdvice {

	static final String VIEW_REFUSED = "availability-refused";

	@ExceptionHandler(FeatureNotAvailableException.class)
	ModelAndView notAvailable(FeatureNotAvailableException ex) {
		ModelAndView page = new ModelAndView(VIEW_REFUSED, HttpStatus.FORBIDDEN);
		page.addObject("refused", ex.status());
		page.addObject("reason", ex.status().reason(LocaleContextHolder.getLocale()));
		return page;
	}

}
