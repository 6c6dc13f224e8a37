package com.partnerportal.partner.web;

import java.io.IOException;

import com.partnerportal.partner.PartnerRefusedException;
import com.partnerportal.partner.PartnerStanding;
import com.partnerportal.partner.Partners;
import com.partnerportal.platform.AccountKind;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the partner's standing once per partner request (one query) and acts on it: a
 * suspended partner gets a page that says so and why, on every partner page; a partner
 * without a signed agreement is sent to the agreement page, where its admin signs; every
 * other page gets the standing as {@value #STANDING} for its banner and its forms.
 */
class PartnerAgreementInterceptor implements HandlerInterceptor {

	static final String AGREEMENT_REQUIRED = "partner.agreement.required";

	static final String SUSPENDED = "partner.standing.suspended.page";

	/** The request attribute (and so the page variable) with the partner's standing. */
	static final String STANDING = "partnerStanding";

	static final String AGREEMENT_PAGE = "/partner/agreement";

	private final Partners partners;

	PartnerAgreementInterceptor(Partners partners) {
		this.partners = partners;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user)
				|| user.kind() != AccountKind.PARTNER_USER || user.organizationId() == null) {
			return true;
		}
		PartnerStanding standing = this.partners.standing(user.organizationId());
		request.setAttribute(STANDING, standing);
		if (standing.isSuspended()) {
			throw new PartnerRefusedException(SUSPENDED, standing.standingReason());
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!standing.agreementSigned() && !path.equals(AGREEMENT_PAGE) && !path.startsWith(AGREEMENT_PAGE + "/")) {
			if (HttpMethod.GET.matches(request.getMethod())) {
				response.sendRedirect(request.getContextPath() + AGREEMENT_PAGE);
				return false;
			}
			throw new ForbiddenException(AGREEMENT_REQUIRED);
		}
		return true;
	}

}
