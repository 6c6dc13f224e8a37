package com.partnerportal.onboarding;

/**
 * An application (or a change to it) that the rules refuse, tied to a field of the form;
 * the message key (with its arguments) says why, localized.
 */
public class ApplicationRefusedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	public ApplicationRefusedException(String field, String messageKey, Object... arguments) {
		super(messageKey);
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
