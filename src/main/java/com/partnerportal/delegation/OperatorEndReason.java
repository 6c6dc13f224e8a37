package com.partnerportal.delegation;

/**
 * Why the operator ended a delegated-admin relationship; shown through the message
 * {@code delegation.operatorEnd.reason.<name>}.
 */
public enum OperatorEndReason {

	CUSTOMER_REQUEST, PARTNER_REQUEST, SECURITY_CONCERN, CONTRACT_ENDED,
	/** Any other reason: the operator explains it in a note. */
	OTHER;

	/** The longest note the operator may write. */
	public static final int NOTE_MAX_LENGTH = 500;

	public boolean requiresNote() {
		return this == OTHER;
	}

}
