package com.partnerportal.availability;

/**
 * A change of the registry that breaks its rules; {@link #field()} names the form field
 * and {@link #messageKey()} says why, localized.
 */
public class AvailabilityChangeRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AvailabilityChangeRejectedException(String field, String messageKey) {
		super(messageKey);
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
