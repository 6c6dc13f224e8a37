package com.partnerportal.delegation.web;

import java.util.Map;
import java.util.UUID;

import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs the tenant access check before every handler under
 * {@code /tenants/{customerId}/**}: no console endpoint can forget it. Service requests
 * need {@link TenantAction#SUPPORT}, everything else {@link TenantAction#ADMINISTER}.
 */
class TenantAccessInterceptor implements HandlerInterceptor {

	static final String PATTERN = "/tenants/{customerId}/**";

	private final TenantAccess tenantAccess;

	TenantAccessInterceptor(TenantAccess tenantAccess) {
		this.tenantAccess = tenantAccess;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		PortalUser user = (authentication != null && authentication.getPrincipal() instanceof PortalUser portalUser)
				? portalUser : null;
		this.tenantAccess.check(user, customerId(request), actionOf(request));
		return true;
	}

	static TenantAction actionOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.matches("/tenants/[^/]+/service-requests(/.*)?") ? TenantAction.SUPPORT : TenantAction.ADMINISTER;
	}

	@SuppressWarnings("unchecked")
	private static UUID customerId(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = (variables != null) ? variables.get("customerId") : null;
		if (value == null) {
			String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/");
			value = (parts.length > 2) ? parts[2] : null;
		}
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new ForbiddenException(TenantAccess.DENIED);
		}
	}

}
