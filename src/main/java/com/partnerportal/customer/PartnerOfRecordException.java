package com.partnerportal.customer;

/**
 * The partner a customer named as Partner of Record may not be credited for the
 * subscription; {@link #reason()} says why, {@link #partnerName()} names the partner when
 * one was found.
 */
public class PartnerOfRecordException extends RuntimeException {

	private final Reason reason;

	private final String partnerName;

	PartnerOfRecordException(Reason reason, String partnerName) {
		super("Partner of Record refused: " + reason);
		this.reason = reason;
		this.partnerName = partnerName;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The partner found, or {@code null} when none (or several) matched.
	 */
	public String partnerName() {
		return this.partnerName;
	}

	/**
	 * Why the partner may not be Partner of Record.
	 */
	public enum Reason {

		/** No partner has this id or name. */
		UNKNOWN,
		/** Several partners have this name. */
		AMBIGUOUS,
		/** The partner has not signed the Partner Agreement. */
		AGREEMENT_NOT_SIGNED,
		/** The partner belongs to another cloud instance. */
		OTHER_CLOUD_INSTANCE,
		/** The partner is not authorized for every service of the offer. */
		NOT_AUTHORIZED

	}

}
