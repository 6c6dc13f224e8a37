package com.partnerportal.invitation;

/**
 * The customer's separate choice on the delegated-admin request an invitation carries.
 */
public enum DelegatedAdminDecision {

	APPROVED, DECLINED

}
