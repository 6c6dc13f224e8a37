package com.partnerportal.account;

/**
 * The current password given to change it is not the account's.
 */
public class WrongCurrentPasswordException extends RuntimeException {

	public WrongCurrentPasswordException() {
		super("wrong current password");
	}

}
