package com.partnerportal.onboarding;

/**
 * Why the back office rejected an application; each has its own waiting period before the
 * domain may apply again (settings {@code portal.onboarding.reapply-after.*}).
 */
public enum RejectionReason {

	/** Information missing or unclear. */
	INCOMPLETE,
	/** The company does not meet the program's requirements. */
	NOT_ELIGIBLE,
	/** The company or its contact could not be verified. */
	UNVERIFIABLE,
	/** The company is in the program already, or applied twice. */
	DUPLICATE,
	/** Another reason, in the note. */
	OTHER

}
