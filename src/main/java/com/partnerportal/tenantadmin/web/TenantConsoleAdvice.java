package com.partnerportal.tenantadmin.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Customers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page of a tenant's console ({@code /tenants/{customerId}/...}, whichever
 * module serves it) the tenant it is about. The access check has already run.
 */
@ControllerAdvice
class TenantConsoleAdvice {

	private static final Pattern TENANT_PATH = Pattern.compile("^/tenants/([0-9a-fA-F-]{36})(/.*)?$");

	private final Customers customers;

	TenantConsoleAdvice(Customers customers) {
		this.customers = customers;
	}

	@ModelAttribute("tenant")
	CustomerView tenant(HttpServletRequest request) {
		Matcher matcher = TENANT_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return matcher.matches() ? this.customers.customer(UUID.fromString(matcher.group(1))) : null;
	}

}
