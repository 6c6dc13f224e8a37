package com.partnerportal.customer;

/**
 * The partner a customer named as Partner of Record cannot be found, or is not the only
 * one with that name; {@code messageKey} says which.
 */
public class PartnerOfRecordException extends RuntimeException {

	private final String messageKey;

	PartnerOfRecordException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
