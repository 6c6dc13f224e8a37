package com.partnerportal.invitation;

/**
 * An invitation the partner may not send as entered: {@code field} is the form field to
 * blame, {@code messageKey} says why.
 */
public class InvitationRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	InvitationRejectedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
