package com.partnerportal.account;

/**
 * An emailed account link that sets no password: unknown, expired or used. The page says
 * which, with a 404 or 410.
 */
public class AccountLinkUnusableException extends RuntimeException {

	private final AccountLinkState state;

	public AccountLinkUnusableException(AccountLinkState state) {
		super("account link " + state);
		this.state = state;
	}

	public AccountLinkState state() {
		return this.state;
	}

}
