package com.partnerportal.onboarding;

/**
 * A change the application refuses in its current state; the message key says why.
 */
class IllegalApplicationChangeException extends RuntimeException {

	private final String messageKey;

	IllegalApplicationChangeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
