package com.partnerportal.marketplace;

/**
 * The orders of the marketplace search.
 */
public enum SearchOrder {

	/**
	 * The partners whose name holds the words first, then by how well the text matches.
	 */
	BEST_MATCH,
	/** By name. */
	NAME,
	/** Fastest median answer to a contact request first; partners without one last. */
	RESPONSE_TIME

}
