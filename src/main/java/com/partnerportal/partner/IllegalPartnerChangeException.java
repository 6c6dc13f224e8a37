package com.partnerportal.partner;

/**
 * A change the partner (or its request) refuses in its current state; the message key
 * says why, localized.
 */
public class IllegalPartnerChangeException extends RuntimeException {

	private final String messageKey;

	public IllegalPartnerChangeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
