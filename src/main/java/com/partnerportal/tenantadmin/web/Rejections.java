package com.partnerportal.tenantadmin.web;

import com.partnerportal.tenantadmin.TenantAdminRejectedException;

import org.springframework.validation.BindingResult;

/**
 * A service's rejection shown as an error of the form field it blames.
 */
final class Rejections {

	private Rejections() {
	}

	static void show(TenantAdminRejectedException ex, BindingResult result) {
		result.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
