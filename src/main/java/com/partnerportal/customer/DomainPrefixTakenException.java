package com.partnerportal.customer;

/**
 * Another tenant already has this domain prefix.
 */
public class DomainPrefixTakenException extends RuntimeException {

	public DomainPrefixTakenException(String prefix) {
		super("Domain prefix taken: " + prefix);
	}

}
