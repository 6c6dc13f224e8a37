package com.partnerportal.delegation;

/**
 * A delegated-admin relationship is active until it ends.
 */
public enum RelationshipState {

	ACTIVE, ENDED

}
