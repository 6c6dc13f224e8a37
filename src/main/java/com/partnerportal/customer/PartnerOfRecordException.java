package com.partnerportal.customer;

/**
 * The partner a customer named as Partner of Record cannot be found, or is not the only
 * one with that name; {@code messageKey} says which.
 */
public class PartnerOfRecordException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	PartnerOfRecordException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/**
	 * What the message names (the partner), if anything.
	 */
	public Object[] arguments() {
		return this.arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

}
