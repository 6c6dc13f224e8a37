package com.partnerportal.invitation;

/**
 * An invitation to an existing customer, opened or accepted by someone who is not signed
 * in as an admin of that customer. Says nothing about the invitation.
 */
public class NotForThisCustomerException extends RuntimeException {

	NotForThisCustomerException() {
		super("invitation belongs to another customer");
	}

}
