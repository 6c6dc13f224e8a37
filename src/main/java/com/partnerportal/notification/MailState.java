package com.partnerportal.notification;

/**
 * Delivery state of a mail in the log.
 */
public enum MailState {

	/** Waiting for (another) delivery attempt. */
	PENDING,
	/** Handed to the SMTP server. */
	SENT,
	/** No SMTP server is configured: the mail log is where it can be read. */
	LOGGED,
	/** Every attempt failed; it will not be tried again. */
	FAILED

}
