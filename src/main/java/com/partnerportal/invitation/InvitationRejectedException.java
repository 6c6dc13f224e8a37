package com.partnerportal.invitation;

/**
 * An invitation the partner may not send as entered: {@code field} is the form field to
 * blame, {@code messageKey} says why.
 */
public class InvitationRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	InvitationRejectedException(String field, String messageKey, Object... arguments) {
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

	/**
	 * The values the message names (a limit, for example).
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
