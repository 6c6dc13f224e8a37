package com.partnerportal.account;

/**
 * A new password that breaks {@link PasswordRule}; the message key says how.
 */
public class InvalidPasswordException extends RuntimeException {

	private final String messageKey;

	public InvalidPasswordException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
