package com.partnerportal.delegation;

import com.partnerportal.platform.ConflictException;

/**
 * The relationship to end has ended already (by someone else a moment ago, or by a second
 * click): a 409 that says so.
 */
public class RelationshipAlreadyEndedException extends ConflictException {

	public RelationshipAlreadyEndedException() {
		super("delegation.operatorEnd.alreadyEnded");
	}

}
