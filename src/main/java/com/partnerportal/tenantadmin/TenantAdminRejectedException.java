package com.partnerportal.tenantadmin;

/**
 * A change in a tenant that cannot be made as entered: {@code field} is the form field to
 * blame, {@code messageKey} (with {@code arguments}) says why.
 */
public class TenantAdminRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	TenantAdminRejectedException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
