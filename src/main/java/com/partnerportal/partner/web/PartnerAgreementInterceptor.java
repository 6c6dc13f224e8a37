package com.partnerportal.partner.web;

import com.partnerportal.partner.Partners;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses every partner page to a partner without a signed Partner Agreement, with a page
 * that says so.
 */
class PartnerAgreementInterceptor implements HandlerInterceptor {

	static final String AGREEMENT_REQUIRED = "partner.agreement.required";

	private final Partners partners;

	PartnerAgreementInterceptor(Partners partners) {
		this.partners = partners;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.organizationId() != null && !this.partners.hasSignedAgreement(user.organizationId())) {
			throw new ForbiddenException(AGREEMENT_REQUIRED);
		}
		return true;
	}

}
