package com.partnerportal.platform;

/**
 * Thrown when a resource does not exist or belongs to somebody else; both answer 404 so
 * that an id never tells whether it exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}

}
