package com.partnerportal.marketplace;

/**
 * A listing change its state does not allow (approving what waits for nothing, rejecting
 * without a reason), with the message key that says why.
 */
public class IllegalListingChangeException extends RuntimeException {

	private final String messageKey;

	public IllegalListingChangeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
