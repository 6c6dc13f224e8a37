package com.partnerportal.marketplace;

/**
 * A listing the rules refuse, on one field of the partner's form (a service the partner
 * is not authorized for, a missing choice).
 */
public class ListingInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ListingInputException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field, as {@link ListingField#formField()} names it. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
