package com.partnerportal.invitation;

/**
 * A step of an invitation's lifecycle, as recorded in the activity log.
 */
public enum InvitationStep {

	SENT, VIEWED, ACCEPTED, DECLINED, REVOKED, RESENT, EXPIRED

}
