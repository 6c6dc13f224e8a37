package com.partnerportal.platform;

/**
 * The signed-in user may not do this (403). The message key says why, localized.
 */
public class ForbiddenException extends RuntimeException {

	private final String messageKey;

	public ForbiddenException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
