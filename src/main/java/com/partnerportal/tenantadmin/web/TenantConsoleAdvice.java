package com.partnerportal.tenantadmin.web;

import java.util.UUID;

import com.partnerportal.customer.CustomerView;
import com.partnerportal.customer.Tenants;
import com.partnerportal.delegation.ConsoleAccess;
import com.partnerportal.delegation.TenantConsole;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives every page of a tenant's console the tenant it is about, for the console's frame
 * ({@code fragments/tenant}): every controller that declares itself part of the console
 * with {@link TenantConsole}, whichever module it belongs to, names the tenant in its
 * {@code customerId} path variable. The access check has already run.
 */
@ControllerAdvice(annotations = TenantConsole.class)
class TenantConsoleAdvice {

	private final Tenants customerTenants;

	TenantConsoleAdvice(Tenants customerTenants) {
		this.customerTenants = customerTenants;
	}

	/**
	 * What the person may do in each area, as the tenant access check decided it for this
	 * request: the frame shows the areas it may look at, the pages the changes it may
	 * make.
	 */
	@ModelAttribute("consoleAccess")
	ConsoleAccess consoleAccess(HttpServletRequest request) {
		return (request.getAttribute(ConsoleAccess.REQUEST_ATTRIBUTE) instanceof ConsoleAccess access) ? access
				: ConsoleAccess.NONE;
	}

	@ModelAttribute("tenant")
	CustomerView tenant(@PathVariable(TenantConsole.CUSTOMER_ID) UUID customerId) {
		return this.customerTenants.customer(customerId);
	}

}
