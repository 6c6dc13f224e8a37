package com.partnerportal.delegation;

import com.partnerportal.platform.ConflictException;

/**
 * The amendment was answered already (a second click, a second tab), replaced by a newer
 * one, or its relationship ended: a 409 that says so, and nothing changes.
 */
public class AmendmentAlreadyDecidedException extends ConflictException {

	public AmendmentAlreadyDecidedException() {
		super("delegation.amendment.already-decided");
	}

}
