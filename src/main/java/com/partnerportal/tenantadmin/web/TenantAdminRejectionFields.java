package com.partnerportal.tenantadmin.web;

import com.partnerportal.tenantadmin.TenantAdminRejectedException;

import org.springframework.validation.BindingResult;

/**
 * Where the tenant console's forms show why the tenantadmin module refused a change: a
 * reason maps to the form field it is about.
 */
final class TenantAdminRejectionFields {

	private TenantAdminRejectionFields() {
	}

	/**
	 * The form field a reason belongs to.
	 */
	static String fieldOf(TenantAdminRejectedException.Reason reason) {
		return switch (reason) {
			case GROUP_NAME_TAKEN -> "name";
			case ALREADY_GROUP_MEMBER, USER_HAS_MAILBOX -> "userId";
			case USER_NAME_TAKEN -> "userName";
			case LICENSE_UNAVAILABLE, LICENSES_ALL_ASSIGNED -> "subscriptionIds";
			case MAILBOX_ADDRESS_TAKEN -> "localPart";
			case MIGRATION_NOT_IN_FUTURE -> "scheduledFor";
		};
	}

	/**
	 * Rejects the field of a refusal, with the refusal's message.
	 */
	static void reject(BindingResult result, TenantAdminRejectedException ex) {
		result.rejectValue(fieldOf(ex.reason()), ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
