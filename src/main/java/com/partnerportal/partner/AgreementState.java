package com.partnerportal.partner;

/**
 * Where a partner stands with the Partner Agreement, for the back office's filter.
 */
public enum AgreementState {

	/** Accepted the current version. */
	CURRENT,
	/** Signed an older version, has not accepted the current one yet. */
	BEHIND,
	/** Never signed. */
	NOT_SIGNED

}
