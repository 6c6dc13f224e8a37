package com.partnerportal.partner.web;

import com.partnerportal.partner.PartnerRefusedException;
import com.partnerportal.platform.web.ErrorPage;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal because of the partner's standing or agreement says why: the error page with
 * the operator's reason (or the agreement version to accept), wherever it was refused.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerRefusalAdvice {

	@ExceptionHandler(PartnerRefusedException.class)
	ModelAndView refused(PartnerRefusedException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, ex.messageKey(), ex.argument());
	}

}
