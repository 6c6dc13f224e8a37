package com.partnerportal.delegation.web;

import java.util.Map;
import java.util.UUID;

import com.partnerportal.delegation.ConsoleAccess;
import com.partnerportal.delegation.TenantAccess;
import com.partnerportal.delegation.TenantAction;
import com.partnerportal.delegation.TenantConsole;
import com.partnerportal.platform.ForbiddenException;
import com.partnerportal.platform.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs the tenant access check before every handler under {@code /tenants/**}, with the
 * area the handler declares by {@link TenantConsole}, the tenant of its
 * {@code customerId} path variable, and whether the request changes something (any method
 * but {@code GET} and {@code HEAD}, or a change's form) or only looks. What the person
 * may do in each area is left in the request ({@link ConsoleAccess#REQUEST_ATTRIBUTE})
 * for the console's frame and pages. A handler there that declares no action, or names no
 * tenant, is refused: a new console endpoint cannot forget the check. The public services
 * behind these pages check again themselves.
 */
class TenantAccessInterceptor implements HandlerInterceptor {

	static final String PATTERN = "/tenants/**";

	private final TenantAccess tenantAccess;

	TenantAccessInterceptor(TenantAccess tenantAccess) {
		this.tenantAccess = tenantAccess;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod handlerMethod)) {
			// static resources and the like: nothing of a tenant is served here
			throw new ForbiddenException(TenantAccess.DENIED);
		}
		TenantAction action = actionOf(handlerMethod);
		UUID customerId = customerId(request);
		if (action == null || customerId == null) {
			throw new ForbiddenException(TenantAccess.DENIED);
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		PortalUser user = (authentication != null && authentication.getPrincipal() instanceof PortalUser portalUser)
				? portalUser : null;
		ConsoleAccess access = this.tenantAccess.console(user, customerId);
		boolean allowed = isEntry(handlerMethod) ? access.firstArea() != null
				: access.grant(action, isChange(request) || isChangeForm(handlerMethod)) != null;
		if (!allowed) {
			throw new ForbiddenException(TenantAccess.DENIED);
		}
		// the console's frame and pages show what this person may use, without asking
		// again
		request.setAttribute(ConsoleAccess.REQUEST_ATTRIBUTE, access);
		return true;
	}

	/**
	 * Whether the request changes something: anything but {@code GET} and {@code HEAD}.
	 */
	static boolean isChange(HttpServletRequest request) {
		String method = request.getMethod();
		return !"GET".equals(method) && !"HEAD".equals(method);
	}

	/**
	 * Whether the handler is the console's entry (declared on the handler method).
	 */
	static boolean isEntry(HandlerMethod handler) {
		TenantConsole declared = handler.getMethodAnnotation(TenantConsole.class);
		return declared != null && declared.entry();
	}

	/**
	 * Whether the handler shows a change's form (declared on the handler method).
	 */
	static boolean isChangeForm(HandlerMethod handler) {
		TenantConsole declared = handler.getMethodAnnotation(TenantConsole.class);
		return declared != null && declared.changeForm();
	}

	/**
	 * The action declared on the handler method, else on its controller; {@code null} if
	 * neither declares one.
	 */
	static TenantAction actionOf(HandlerMethod handler) {
		TenantConsole declared = handler.getMethodAnnotation(TenantConsole.class);
		if (declared == null) {
			declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), TenantConsole.class);
		}
		return (declared != null) ? declared.value() : null;
	}

	@SuppressWarnings("unchecked")
	private static UUID customerId(HttpServletRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = (variables != null) ? variables.get(TenantConsole.CUSTOMER_ID) : null;
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
