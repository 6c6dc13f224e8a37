package com.partnerportal.partner;

/**
 * Where a partner's request to enrol in a program stands.
 */
public enum EnrollmentRequestState {

	REQUESTED, GRANTED, DECLINED

}
