package com.partnerportal.marketplace;

/**
 * Where a listing's draft stands in the back office's review.
 */
public enum ReviewState {

	/** No draft: what is published (if anything) is all there is. */
	NONE,
	/** A draft waits for the back office. */
	PENDING,
	/** The back office rejected the draft, with reasons on named fields. */
	REJECTED

}
