package com.partnerportal.invitation;

/**
 * What an invitation offers the customer.
 */
public enum InvitationKind {

	TRIAL

}
