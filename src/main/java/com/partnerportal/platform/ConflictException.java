package com.partnerportal.platform;

/**
 * A request that is valid but cannot be carried out in the current state (409). The
 * message key is shown to the user, localized.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
