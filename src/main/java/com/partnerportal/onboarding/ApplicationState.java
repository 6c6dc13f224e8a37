package com.partnerportal.onboarding;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application to join the network stands.
 */
public enum ApplicationState {

	/** Sent; the contact has not yet confirmed its email. */
	UNVERIFIED,
	/** Verified, waiting for the back office's review. */
	SUBMITTED,
	/** The back office asked the applicant to change named fields. */
	CHANGES_REQUESTED,
	/** Approved: the partner exists. */
	APPROVED,
	/** Rejected, with a reason. */
	REJECTED,
	/** Never verified in time: it no longer holds its domain. */
	LAPSED;

	/** The states that hold the company domain (one such application per domain). */
	public static final Set<ApplicationState> OPEN = EnumSet.of(UNVERIFIED, SUBMITTED, CHANGES_REQUESTED);

}
